import * as acorn from 'acorn';
import * as vm from 'node:vm';
import * as ts from 'typescript';
import { readFileSync } from 'node:fs';

/** Every Apps Script service global an add-on could touch while its file loads. */
export const SERVICE_GLOBALS = [
  'SpreadsheetApp',
  'DocumentApp',
  'SlidesApp',
  'FormApp',
  'DriveApp',
  'GmailApp',
  'MailApp',
  'CalendarApp',
  'ContactsApp',
  'ScriptApp',
  'PropertiesService',
  'LockService',
  'CacheService',
  'HtmlService',
  'CardService',
  'ContentService',
  'Session',
  'Utilities',
  'UrlFetchApp',
  'Logger',
  'Browser',
  'XmlService',
  'Charts',
  'Maps',
  'LanguageApp',
  'Jdbc',
  'BigQuery',
];

export interface BundleReport {
  parseError?: string;
  topLevelFunctions: string[];
  missingWrappers: string[];
  importsOrExports: string[];
  serviceAccessesAtLoad: string[];
  loadError?: string;
}

/** The names a TypeScript entry exports, read with the compiler (independent of esbuild). */
export function exportsOfEntry(file: string): string[] {
  const source = ts.createSourceFile(
    file,
    readFileSync(file, 'utf8'),
    ts.ScriptTarget.ES2020,
    true,
  );
  const names: string[] = [];
  for (const statement of source.statements) {
    const exported = ts.canHaveModifiers(statement)
      ? ts.getModifiers(statement)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)
      : false;
    if (ts.isFunctionDeclaration(statement) && exported && statement.name) {
      names.push(statement.name.text);
    } else if (ts.isVariableStatement(statement) && exported) {
      for (const d of statement.declarationList.declarations) {
        if (ts.isIdentifier(d.name)) names.push(d.name.text);
      }
    } else if (ts.isExportDeclaration(statement) && statement.exportClause) {
      if (ts.isNamedExports(statement.exportClause)) {
        for (const e of statement.exportClause.elements) names.push(e.name.text);
      }
    }
  }
  return names.sort();
}

/** Parses and loads a bundle as Apps Script would, with every service global a recording trap. */
export function inspectBundle(code: string, expectedExports: string[]): BundleReport {
  const report: BundleReport = {
    topLevelFunctions: [],
    missingWrappers: [],
    importsOrExports: [],
    serviceAccessesAtLoad: [],
  };
  let program: acorn.Program;
  try {
    program = acorn.parse(code, { ecmaVersion: 2020, sourceType: 'script' });
  } catch (error) {
    report.parseError = (error as Error).message;
    return report;
  }
  for (const node of program.body) {
    if (node.type === 'FunctionDeclaration' && node.id) report.topLevelFunctions.push(node.id.name);
  }
  // A script-mode parse already rejects static import/export; dynamic import() is the rest.
  if (/\bimport\s*\(/.test(code)) report.importsOrExports.push('import()');
  report.missingWrappers = expectedExports.filter((n) => !report.topLevelFunctions.includes(n));

  const sandbox: Record<string, unknown> = {};
  for (const name of SERVICE_GLOBALS) {
    sandbox[name] = new Proxy(
      {},
      {
        get(_t, prop) {
          report.serviceAccessesAtLoad.push(`${name}.${String(prop)}`);
          return undefined;
        },
        has() {
          report.serviceAccessesAtLoad.push(`${name} (in)`);
          return true;
        },
      },
    );
  }
  const context = vm.createContext(sandbox);
  try {
    vm.runInContext(code, context, { filename: 'Code.js' });
  } catch (error) {
    report.loadError = (error as Error).message;
  }
  for (const name of expectedExports) {
    if (typeof (context as Record<string, unknown>)[name] !== 'function') {
      if (!report.missingWrappers.includes(name)) report.missingWrappers.push(name);
    }
  }
  return report;
}
