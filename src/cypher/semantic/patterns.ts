/** Pattern checks for MATCH, CREATE and MERGE: variable kinds, rebinding, what may be created. */
import type { PatternPart } from '../ast.js';
import { compileError } from '../errors.js';
import { checkExpr, type ExprRules, type Scope } from './expressions.js';
import type { StaticType } from './types.js';

type Mode = 'match' | 'create' | 'merge';

/** Check a pattern against the scope; returns the scope with the pattern's variables added. */
export function checkPattern(parts: PatternPart[], scope: Scope, rules: ExprRules, mode: Mode): Scope {
  const out = new Map(scope);
  const fail = (detail: string, message: string, at: number): never => {
    throw compileError(detail, message, rules.source, at);
  };
  const relVars = new Set<string>();
  const propRules = { ...rules, aggregates: false };
  for (const part of parts) {
    if (part.variable && out.has(part.variable)) {
      fail('VariableAlreadyBound', `Variable \`${part.variable}\` is already declared`, part.start);
    }
    if (part.shortest && mode !== 'match')
      fail('UnexpectedSyntax', 'shortestPath() can only be used in MATCH', part.start);
    if (part.shortest && part.rels.length !== 1)
      fail('UnexpectedSyntax', 'shortestPath() needs a pattern with exactly one relationship', part.start);
    const single = part.nodes.length === 1;
    for (const node of part.nodes) {
      if (node.anyLabels && mode !== 'match')
        fail('UnexpectedSyntax', `${mode.toUpperCase()} needs definite labels, not alternatives (A|B)`, node.start);
      const v = node.variable;
      if (v) {
        if (v === part.variable)
          fail('VariableAlreadyBound', `Variable \`${v}\` is already declared as a path`, node.start);
        const known = out.get(v);
        if (known !== undefined && known !== 'node' && known !== 'any' && known !== 'null') {
          fail('VariableTypeConflict', `Variable \`${v}\` is a ${known}, not a node`, node.start);
        }
        if (mode !== 'match' && known !== undefined && (node.labels.length > 0 || node.properties || single)) {
          fail(
            'VariableAlreadyBound',
            `Variable \`${v}\` is already declared; ${mode.toUpperCase()} cannot redeclare it`,
            node.start,
          );
        }
        out.set(v, 'node');
      }
      if (node.properties) {
        if (node.properties.type === 'Parameter' && mode !== 'create') {
          fail(
            'InvalidParameterUse',
            'A parameter map cannot be used as pattern properties in MATCH or MERGE',
            node.properties.start,
          );
        }
        checkExpr(node.properties, out, propRules);
      }
    }
    for (const rel of part.rels) {
      const v = rel.variable;
      if (v) {
        if (v === part.variable)
          fail('VariableAlreadyBound', `Variable \`${v}\` is already declared as a path`, rel.start);
        const known = out.get(v);
        const kind: StaticType = rel.range ? 'list' : 'relationship';
        if (mode !== 'match' && known !== undefined)
          fail('VariableAlreadyBound', `Variable \`${v}\` is already declared`, rel.start);
        if (known !== undefined && known !== kind && known !== 'any' && known !== 'null') {
          fail('VariableTypeConflict', `Variable \`${v}\` is a ${known}, not a relationship`, rel.start);
        }
        if (relVars.has(v))
          fail(
            'RelationshipUniquenessViolation',
            `Relationship variable \`${v}\` is used twice in one pattern`,
            rel.start,
          );
        relVars.add(v);
        out.set(v, kind);
      }
      if (mode !== 'match') {
        if (rel.range)
          fail('CreatingVarLength', `${mode.toUpperCase()} cannot create a variable-length relationship`, rel.start);
        if (rel.types.length !== 1)
          fail('NoSingleRelationshipType', `${mode.toUpperCase()} needs exactly one relationship type`, rel.start);
        if (mode === 'create' && rel.direction === 'both')
          fail('RequiresDirectedRelationship', 'CREATE needs a directed relationship', rel.start);
      }
      if (rel.properties) {
        if (rel.properties.type === 'Parameter' && mode !== 'create') {
          fail(
            'InvalidParameterUse',
            'A parameter map cannot be used as pattern properties in MATCH or MERGE',
            rel.properties.start,
          );
        }
        checkExpr(rel.properties, out, propRules);
      }
    }
    if (part.variable) out.set(part.variable, 'path');
  }
  return out;
}
