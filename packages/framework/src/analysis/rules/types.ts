import type { Finding, RuleId } from '../../schema/index';
import type { BoardIndex } from '../boardIndex';
import type { ResolvedOptions } from '../options';

/** What every rule receives: the prepared board and the resolved options. */
export interface RuleContext {
  readonly index: BoardIndex;
  readonly options: ResolvedOptions;
}

/** An analysis rule: a stable id and a pure check. */
export interface Rule {
  readonly id: RuleId;
  readonly check: (ctx: RuleContext) => Finding[];
}
