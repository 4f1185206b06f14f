import type { CollectionEntry } from 'astro:content';
import type { TrainingPlan } from '../lib/training/plan';
export { checkQuestionCount } from '../lib/training/plan';
import type { Question } from '../schemas/question';
import { hrefOf, type Catalog } from './catalog';

/** The URL of a module's knowledge check. */
export function checkHrefOf(module: CollectionEntry<'modules'>): string {
  return `${hrefOf(module)}check/`;
}

/** The training path as the browser needs it: modules in order, with titles and links. */
export function trainingPlanOf(catalog: Catalog): TrainingPlan {
  return {
    modules: catalog.list('modules').map((module) => ({
      id: module.id,
      title: module.data.title,
      href: hrefOf(module),
      checkHref: checkHrefOf(module),
      passMark: module.data.passMark,
      lessons: module.data.lessons.flatMap(({ entry }) => {
        const target = catalog.byId.get(entry);
        return target ? [{ entry, title: target.data.title, href: hrefOf(target) }] : [];
      }),
      drills: module.data.drills.flatMap((id) => {
        const drill = catalog.byId.get(id);
        return drill ? [{ id, title: drill.data.title, href: hrefOf(drill) }] : [];
      }),
    })),
    questions: catalog.list('questions').flatMap((set) => set.data.questions.map((q) => q.id)),
  };
}

/** The questions a module's knowledge check draws from: every set that names the module. */
export function questionsOfModule(catalog: Catalog, moduleId: string): Question[] {
  return catalog
    .list('questions')
    .filter((set) => set.data.modules.includes(moduleId))
    .flatMap((set) => set.data.questions);
}
