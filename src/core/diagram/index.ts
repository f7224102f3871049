export { alignmentTree, setAlignment } from './alignment.ts';
export { bscCausalMap, perspectiveOrder } from './bsc-map.ts';
export { collapse, columns, encode, href, label, labelLines, truncate, EDGE_LABEL_COLUMNS, LABEL_COLUMNS } from './escape.ts';
export { MAX_NODES, type Diagram, type DiagramEdge, type DiagramGroup, type DiagramNode, type DiagramNodeKind, type DiagramOptions } from './graph.ts';
export { CLASS_DEFS, STATUS_ICONS, statusClass } from './style.ts';
