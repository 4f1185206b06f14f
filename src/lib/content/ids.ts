/** Every id on the site (entries, nodes, questions, contacts): lowercase ASCII words joined by hyphens. */
export const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
