import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { caseSchema } from './schemas/case';
import { drillSchema } from './schemas/drill';
import { formSchema } from './schemas/form';
import { glossarySchema } from './schemas/glossary';
import { incidentSchema } from './schemas/incident';
import { lawSchema } from './schemas/law';
import { moduleSchema } from './schemas/module';
import { procedureSchema } from './schemas/procedure';
import { questionSetSchema } from './schemas/question';
import { strategySchema } from './schemas/strategy';

// Fixture builds point this at tests/fixtures/<name>/content to prove bad content fails.
const root = process.env.PLAYBOOK_CONTENT_DIR ?? './src/content';
const prose = (name: string) => glob({ base: `${root}/${name}`, pattern: '**/*.{md,mdx}' });
const data = (name: string) => glob({ base: `${root}/${name}`, pattern: '**/*.yaml' });

export const collections = {
  incidents: defineCollection({ loader: prose('incidents'), schema: incidentSchema }),
  procedures: defineCollection({ loader: prose('procedures'), schema: procedureSchema }),
  strategies: defineCollection({ loader: prose('strategies'), schema: strategySchema }),
  cases: defineCollection({ loader: prose('cases'), schema: caseSchema }),
  forms: defineCollection({ loader: prose('forms'), schema: formSchema }),
  glossary: defineCollection({ loader: data('glossary'), schema: glossarySchema }),
  laws: defineCollection({ loader: data('laws'), schema: lawSchema }),
  modules: defineCollection({ loader: data('modules'), schema: moduleSchema }),
  drills: defineCollection({ loader: data('drills'), schema: drillSchema }),
  questions: defineCollection({ loader: data('questions'), schema: questionSetSchema }),
};
