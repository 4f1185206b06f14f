import { AstroError } from 'astro/errors';
import { reportForms } from '../config/incident';
import type { FormShape } from '../lib/incident/report';
import { getCatalog } from './catalog';

/** The forms written reports follow (src/config/incident.ts), as the report needs them. */
export async function getReportForms(): Promise<FormShape[]> {
  const catalog = await getCatalog();
  return reportForms.map((id) => {
    const form = catalog.byId.get(id);
    if (form?.collection !== 'forms') {
      throw new AstroError(
        `现场应急的书面报告要按表单 "${id}" 生成，但 src/content/forms 里没有它。`,
        `恢复 src/content/forms/${id}.mdx，或修改 src/config/incident.ts 里的 reportForms。`,
      );
    }
    const { title, sections } = form.data;
    return { id, title, sections };
  });
}
