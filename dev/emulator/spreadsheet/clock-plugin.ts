// TODAY() and NOW() that follow the emulator's clock in the SPREADSHEET's time zone. HyperFormula's
// own versions read Date.now() in the process's zone, which is neither. Each HyperFormula instance
// gets its clock through the `context` config value, so two workbooks can live at different times.
import { FunctionPlugin, type FunctionMetadata } from 'hyperformula';

/** What a workbook hands HyperFormula as `context`. */
export interface ClockContext {
  /** The current instant as a Sheets serial number in the spreadsheet's time zone. */
  serialNow(): number;
}

type RunArgs = Parameters<ClockPlugin['runFunction']>;
type Returned = ReturnType<ClockPlugin['runFunction']>;

// NumberType is not exported by hyperformula; its values are these strings.
const DATE = 'NUMBER_DATE' as FunctionMetadata['returnNumberType'];
const DATETIME = 'NUMBER_DATETIME' as FunctionMetadata['returnNumberType'];

export class ClockPlugin extends FunctionPlugin {
  static override implementedFunctions = {
    TODAY: { method: 'today', parameters: [], isVolatile: true, returnNumberType: DATE },
    NOW: { method: 'now', parameters: [], isVolatile: true, returnNumberType: DATETIME },
  };

  private serialNow(): number {
    return (this.config.context as ClockContext).serialNow();
  }

  today(ast: { args: RunArgs[0] }, state: RunArgs[1]): Returned {
    return this.runFunction(ast.args, state, this.metadata('TODAY'), () =>
      Math.floor(this.serialNow()),
    );
  }

  now(ast: { args: RunArgs[0] }, state: RunArgs[1]): Returned {
    // Sheets' NOW() has whole-second resolution.
    return this.runFunction(
      ast.args,
      state,
      this.metadata('NOW'),
      () => Math.floor(this.serialNow() * 86_400) / 86_400,
    );
  }
}
