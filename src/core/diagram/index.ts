export { alignmentTree, setAlignment } from './alignment.ts';
export { departmentMap } from './department-map.ts';
export { bscCausalMap, perspectiveOrder } from './bsc-map.ts';
export { collapse, columns, encode, href, label, labelLines, wrap, LABEL_COLUMNS } from './escape.ts';
export { edgeMarker, edgeText, MAX_NODES, type Diagram, type DiagramEdge, type DiagramGroup, type DiagramNode, type DiagramNodeKind, type DiagramOptions } from './graph.ts';
export { CLASS_DEFS, LINK_STYLES, STATUS_ICONS, statusClass } from './style.ts';
