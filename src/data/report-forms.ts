import { reportForms } from '../config/incident';
import type { FormShape } from '../lib/incident/report';
import { getCatalog } from './catalog';

/**
 * The forms written reports follow (src/config/incident.ts), as the report needs them. Builds
 * from other content (test fixtures, the bench) may lack them and get no report; for the real
 * content tests/unit/lib/incident/report-forms.test.ts makes sure they are there.
 */
export async function getReportForms(): Promise<FormShape[]> {
  const catalog = await getCatalog();
  return reportForms.flatMap((id) => {
    const form = catalog.byId.get(id);
    if (form?.collection !== 'forms') return [];
    const { title, sections } = form.data;
    return [{ id, title, sections }];
  });
}
