export {
  STUDY_BOARD_TITLE,
  TemplateSelectionError,
  studyActors,
  studyCatalog,
  studyTemplate,
} from './studyTemplate';
export type { StudyCatalog, StudyCatalogOutput, TemplateSelection } from './studyTemplate';
export { CCI_TAGS, actorGroup, leadAndSupport } from './studyRules';
export { TREE_LAYOUT, layoutTree } from './layoutTree';
export type { BoardTree, TreeObjective, TreeOutput } from './layoutTree';
