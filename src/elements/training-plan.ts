import type { TrainingPlan } from '../lib/training/plan';

let cached: TrainingPlan | undefined;

/** The training path the page ships in [data-training-plan] (TrainingPlanData.astro). */
export function readTrainingPlan(): TrainingPlan {
  if (cached) return cached;
  const json = document.querySelector('script[data-training-plan]')?.textContent;
  cached = json ? (JSON.parse(json) as TrainingPlan) : { modules: [], questions: [] };
  return cached;
}
