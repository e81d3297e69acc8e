/**
 * The Cypher AST. Every node carries `start`/`end` source offsets; result columns without an
 * alias are named by the source text of their expression.
 */

export interface Span {
  start: number;
  end: number;
}

export type Expr =
  | Literal
  | ListLiteral
  | MapLiteral
  | Parameter
  | Variable
  | PropertyAccess
  | IndexAccess
  | SliceAccess
  | FunctionCall
  | CountStar
  | Binary
  | Comparison
  | Unary
  | IsNull
  | LabelCheck
  | CaseExpr
  | ListComprehension
  | PatternComprehension
  | Quantifier
  | Reduce
  | PatternPredicate
  | ExistsSubquery
  | CollectSubquery
  | MapProjection;

export interface Literal extends Span {
  type: 'Literal';
  value: null | boolean | bigint | number | string;
}
export interface ListLiteral extends Span {
  type: 'List';
  items: Expr[];
}
export interface MapLiteral extends Span {
  type: 'Map';
  entries: [string, Expr][];
}
export interface Parameter extends Span {
  type: 'Parameter';
  name: string;
}
export interface Variable extends Span {
  type: 'Variable';
  name: string;
}
export interface PropertyAccess extends Span {
  type: 'Property';
  object: Expr;
  key: string;
}
export interface IndexAccess extends Span {
  type: 'Index';
  object: Expr;
  index: Expr;
}
export interface SliceAccess extends Span {
  type: 'Slice';
  object: Expr;
  from: Expr | null;
  to: Expr | null;
}
export interface FunctionCall extends Span {
  type: 'Call';
  name: string;
  args: Expr[];
  distinct: boolean;
}
export interface CountStar extends Span {
  type: 'CountStar';
}
export type BinaryOp =
  'OR' | 'XOR' | 'AND' | '+' | '-' | '*' | '/' | '%' | '^' | 'IN' | 'STARTS WITH' | 'ENDS WITH' | 'CONTAINS' | '=~';
export interface Binary extends Span {
  type: 'Binary';
  op: BinaryOp;
  left: Expr;
  right: Expr;
}
export type ComparisonOp = '=' | '<>' | '<' | '>' | '<=' | '>=';
/** `a < b <= c` means `a < b AND b <= c`. */
export interface Comparison extends Span {
  type: 'Comparison';
  operands: Expr[];
  ops: ComparisonOp[];
}
export interface Unary extends Span {
  type: 'Unary';
  op: 'NOT' | '-' | '+';
  operand: Expr;
}
export interface IsNull extends Span {
  type: 'IsNull';
  operand: Expr;
  negated: boolean;
}
export interface LabelCheck extends Span {
  type: 'LabelCheck';
  operand: Expr;
  labels: string[];
}
export interface CaseExpr extends Span {
  type: 'Case';
  test: Expr | null;
  whens: [Expr, Expr][];
  otherwise: Expr | null;
}
export interface ListComprehension extends Span {
  type: 'ListComprehension';
  variable: string;
  list: Expr;
  where: Expr | null;
  projection: Expr | null;
}
export interface PatternComprehension extends Span {
  type: 'PatternComprehension';
  pattern: PatternPart;
  where: Expr | null;
  projection: Expr;
}
export interface Quantifier extends Span {
  type: 'Quantifier';
  quantifier: 'all' | 'any' | 'none' | 'single';
  variable: string;
  list: Expr;
  where: Expr | null;
}
export interface Reduce extends Span {
  type: 'Reduce';
  accumulator: string;
  init: Expr;
  variable: string;
  list: Expr;
  expression: Expr;
}
/** A relationship pattern used as an expression: true when it has a match. */
export interface PatternPredicate extends Span {
  type: 'PatternPredicate';
  pattern: PatternPart;
}
/** EXISTS { … } (a boolean) or, with `count`, COUNT { … } (how many rows). */
export interface ExistsSubquery extends Span {
  type: 'Exists';
  count: boolean;
  patterns: PatternPart[] | null;
  where: Expr | null;
  query: Query | null;
}
/** COLLECT { … RETURN x }: the list of x over the subquery's rows. */
export interface CollectSubquery extends Span {
  type: 'Collect';
  query: Query;
}
export type MapProjectionItem =
  | { kind: 'property'; key: string }
  | { kind: 'all' }
  | { kind: 'literal'; key: string; value: Expr }
  | { kind: 'variable'; name: string };
export interface MapProjection extends Span {
  type: 'MapProjection';
  variable: string;
  items: MapProjectionItem[];
}

// Patterns

export interface NodePattern extends Span {
  type: 'NodePattern';
  variable: string | null;
  labels: string[];
  /** `(n:A|B)`: the node has at least one of these labels (null when not written). */
  anyLabels: string[] | null;
  properties: MapLiteral | Parameter | null;
}

export interface RelPattern extends Span {
  type: 'RelPattern';
  variable: string | null;
  types: string[];
  direction: 'out' | 'in' | 'both';
  properties: MapLiteral | Parameter | null;
  /** Variable length: null for a single hop; min/max null mean unbounded. */
  range: { min: number | null; max: number | null } | null;
}

export interface PatternPart extends Span {
  type: 'PatternPart';
  variable: string | null;
  shortest: 'shortest' | 'all' | null;
  nodes: NodePattern[];
  rels: RelPattern[];
}

// Clauses

export interface ProjectionItem extends Span {
  expr: Expr;
  alias: string | null;
  text: string;
}
export interface SortItem extends Span {
  expr: Expr;
  descending: boolean;
}
export interface Projection extends Span {
  distinct: boolean;
  star: boolean;
  items: ProjectionItem[];
  orderBy: SortItem[];
  skip: Expr | null;
  limit: Expr | null;
}

export type SetItem =
  | (Span & { kind: 'property'; target: PropertyAccess; value: Expr })
  | (Span & { kind: 'replace'; variable: Variable; value: Expr })
  | (Span & { kind: 'merge'; variable: Variable; value: Expr })
  | (Span & { kind: 'labels'; variable: Variable; labels: string[] });

export type RemoveItem =
  | (Span & { kind: 'property'; target: PropertyAccess })
  | (Span & { kind: 'labels'; variable: Variable; labels: string[] });

export type Clause =
  | (Span & { type: 'Match'; optional: boolean; patterns: PatternPart[]; where: Expr | null })
  | (Span & { type: 'Unwind'; expr: Expr; variable: string })
  | (Span & { type: 'With'; projection: Projection; where: Expr | null })
  | (Span & { type: 'Return'; projection: Projection })
  | (Span & { type: 'Create'; patterns: PatternPart[] })
  | (Span & { type: 'Merge'; pattern: PatternPart; onCreate: SetItem[]; onMatch: SetItem[] })
  | (Span & { type: 'Set'; items: SetItem[] })
  | (Span & { type: 'Remove'; items: RemoveItem[] })
  | (Span & { type: 'Delete'; detach: boolean; exprs: Expr[] })
  | (Span & { type: 'Foreach'; variable: string; list: Expr; clauses: Clause[] })
  /**
   * CALL { … } (imports by a leading WITH, `imports` null) or CALL (a, b) { … } / CALL (*) { … };
   * `optional` for OPTIONAL CALL, which keeps outer rows the subquery has no rows for;
   * `batchRows` for `IN TRANSACTIONS [OF n ROWS]` (the in-memory graph runs it as one transaction).
   */
  | (Span & {
      type: 'Subquery';
      optional: boolean;
      imports: string[] | '*' | null;
      query: Query;
      inTransactions: boolean;
      batchRows: Expr | null;
    })
  | (Span & {
      type: 'Call';
      procedure: string;
      args: Expr[] | null;
      yields: { name: string; alias: string | null; start: number }[] | null;
      yieldStar: boolean;
      where: Expr | null;
    });

export type ClauseType = Clause['type'];
export type ClauseOf<T extends ClauseType> = Extract<Clause, { type: T }>;

export interface SingleQuery extends Span {
  clauses: Clause[];
}
export interface Query extends Span {
  type: 'Query';
  parts: SingleQuery[];
  unionAll: boolean[];
}
