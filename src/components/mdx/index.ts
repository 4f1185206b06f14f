// What MDX authors may use; everything else under components/ is private to the site.
export { default as FiveStepsDiagram } from './diagrams/FiveStepsDiagram.astro';
export { default as ComplaintStepsDiagram } from './diagrams/ComplaintStepsDiagram.astro';
export { default as ServiceTiersDiagram } from './diagrams/ServiceTiersDiagram.astro';
export { default as GroupTypesDiagram } from './diagrams/GroupTypesDiagram.astro';
export { default as SatisfactionFormulaDiagram } from './diagrams/SatisfactionFormulaDiagram.astro';
