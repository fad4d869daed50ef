// Google Sheets functions HyperFormula does not have, which rules and validations of a plan sheet
// plausibly use: REGEXMATCH, REGEXEXTRACT, REGEXREPLACE and ISEMAIL. Sheets' regular expressions
// are RE2; JavaScript's are close enough for the patterns such formulas use (README lists this).
import {
  CellError,
  ErrorType,
  FunctionArgumentType,
  FunctionPlugin,
  HyperFormula,
} from 'hyperformula';

type RunArgs = Parameters<SheetsFunctionsPlugin['runFunction']>;
type Returned = ReturnType<SheetsFunctionsPlugin['runFunction']>;

const STRING = { argumentType: FunctionArgumentType.STRING };
const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;

function compile(pattern: string): RegExp | CellError {
  try {
    return new RegExp(pattern);
  } catch {
    return new CellError(ErrorType.VALUE, `Invalid regular expression: ${pattern}`);
  }
}

export class SheetsFunctionsPlugin extends FunctionPlugin {
  static override implementedFunctions = {
    REGEXMATCH: { method: 'regexmatch', parameters: [STRING, STRING] },
    REGEXEXTRACT: { method: 'regexextract', parameters: [STRING, STRING] },
    REGEXREPLACE: { method: 'regexreplace', parameters: [STRING, STRING, STRING] },
    ISEMAIL: { method: 'isemail', parameters: [{ argumentType: FunctionArgumentType.SCALAR }] },
  };

  regexmatch(ast: { args: RunArgs[0] }, state: RunArgs[1]): Returned {
    return this.runFunction(
      ast.args,
      state,
      this.metadata('REGEXMATCH'),
      (text: string, p: string) => {
        const re = compile(p);
        return re instanceof CellError ? re : re.test(text);
      },
    );
  }

  regexextract(ast: { args: RunArgs[0] }, state: RunArgs[1]): Returned {
    return this.runFunction(
      ast.args,
      state,
      this.metadata('REGEXEXTRACT'),
      (text: string, p: string) => {
        const re = compile(p);
        if (re instanceof CellError) return re;
        const m = re.exec(text);
        if (!m) return new CellError(ErrorType.NA, 'REGEXEXTRACT found no match.');
        return m[1] ?? m[0];
      },
    );
  }

  regexreplace(ast: { args: RunArgs[0] }, state: RunArgs[1]): Returned {
    return this.runFunction(
      ast.args,
      state,
      this.metadata('REGEXREPLACE'),
      (text: string, p: string, replacement: string) => {
        const re = compile(p);
        if (re instanceof CellError) return re;
        return text.replace(new RegExp(re.source, 'g'), replacement.replace(/\\(\d)/g, '$$$1'));
      },
    );
  }

  isemail(ast: { args: RunArgs[0] }, state: RunArgs[1]): Returned {
    return this.runFunction(
      ast.args,
      state,
      this.metadata('ISEMAIL'),
      (value: unknown) => typeof value === 'string' && EMAIL.test(value),
    );
  }
}

let named = false;

/** HyperFormula only parses function names its language knows: teach it these (idempotent). */
export function registerSheetsFunctionNames(languageCode = 'enGB'): void {
  if (named) return;
  const names = Object.keys(SheetsFunctionsPlugin.implementedFunctions);
  HyperFormula.getLanguage(languageCode).extendFunctions(
    Object.fromEntries(names.map((n) => [n, n])),
  );
  named = true;
}
