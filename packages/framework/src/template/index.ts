export {
  STUDY_BOARD_TITLE,
  STUDY_LAYOUT,
  TemplateSelectionError,
  studyCatalog,
  studyTemplate,
} from './studyTemplate';
export type { StudyCatalog, StudyCatalogOutput, TemplateSelection } from './studyTemplate';
export { CCI_TAGS, actorGroup, leadAndSupport } from './studyRules';
