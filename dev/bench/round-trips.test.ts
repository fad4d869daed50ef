// Every method the emulator counts must be classified, once, so no call is silently taken for
// local (or for a round trip). The emulator's methods are read from its source: the public
// methods of every class that declares which Apps Script service it stands for ([KIND]).
import ts from 'typescript';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { CALL_KIND, callKind, roundTrips, roundTripsByKind } from './round-trips';

const DIRS = ['dev/emulator', 'dev/emulator/spreadsheet/facade'];

function emulatedMethods(): string[] {
  const found: string[] = [];
  for (const dir of DIRS) {
    for (const file of readdirSync(dir)) {
      if (!file.endsWith('.ts') || file.endsWith('.test.ts')) continue;
      const source = ts.createSourceFile(
        file,
        readFileSync(join(dir, file), 'utf8'),
        ts.ScriptTarget.Latest,
        true,
      );
      source.forEachChild((node) => {
        if (!ts.isClassDeclaration(node)) return;
        let kind: string | null = null;
        const methods: string[] = [];
        for (const member of node.members) {
          if (
            ts.isPropertyDeclaration(member) &&
            ts.isComputedPropertyName(member.name) &&
            member.initializer &&
            ts.isStringLiteral(member.initializer)
          ) {
            kind = member.initializer.text;
          }
          const hidden = ts
            .getModifiers(member as ts.MethodDeclaration)
            ?.some(
              (m) =>
                m.kind === ts.SyntaxKind.PrivateKeyword ||
                m.kind === ts.SyntaxKind.ProtectedKeyword,
            );
          if (ts.isMethodDeclaration(member) && ts.isIdentifier(member.name) && !hidden) {
            methods.push(member.name.text);
          }
        }
        if (kind) for (const m of methods) found.push(`${kind}.${m}`);
      });
    }
  }
  return [...new Set(found)].sort();
}

describe('round-trip classification', () => {
  const methods = emulatedMethods();

  it('reads the emulator’s services (so the check below is not vacuous)', () => {
    expect(methods.length).toBeGreaterThan(300);
    expect(methods).toEqual(expect.arrayContaining(['Range.setValues', 'Sheet.getRange']));
  });

  it('classifies every method the emulator counts', () => {
    expect(methods.filter((m) => callKind(m) === 'unclassified')).toEqual([]);
  });

  it('names no method the emulator does not have', () => {
    const known = new Set(methods);
    expect([...CALL_KIND.keys()].filter((k) => !known.has(k))).toEqual([]);
  });

  it('takes builders and coordinates for local, document reads and writes for round trips', () => {
    expect(callKind('ConditionalFormatRuleBuilder.build')).toBe('local');
    expect(callKind('Sheet.getRange')).toBe('local');
    expect(callKind('Range.getValues')).toBe('read');
    expect(callKind('Range.setDataValidations')).toBe('write');
    expect(callKind('Spreadsheet.insertSheet')).toBe('structure');
    expect(callKind('MailApp.sendEmail')).toBe('mail');
    const calls = { 'Sheet.getRange': 4, 'Range.getValues': 1, 'Range.setValues': 2, 'X.y': 1 };
    expect(roundTrips(calls)).toBe(4);
    expect(roundTripsByKind(calls)).toBe('read 1, write 2, unclassified 1');
  });
});
