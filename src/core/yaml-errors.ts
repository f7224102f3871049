import { msg, type Msg } from './text.ts';

/** What a YAML parser error means for someone editing content, and what to do about it. */
export function explainYamlError(code: string, reason: string): Msg {
  switch (code) {
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'MULTILINE_IMPLICIT_KEY':
      return msg('这里的值含有"冒号加空格"（: ），被当成了嵌套字段；或者下一行比这一行缩进得多。请给整个值加引号，例如 title: "提升: 获客质量"，或对齐缩进。',
        'The value contains ": " (a colon and a space) and reads as a nested field, or the next line is indented further than this one. Quote the whole value, e.g. title: "a: b", or align the indentation.');
    case 'MISSING_CHAR':
      return msg('引号没有闭合：一个 \' 或 " 开始的值一直到文件末尾都没有结束。请在值的末尾补上同样的引号。',
        'A quote is never closed: a value opened with \' or " runs to the end of the file. Add the same quote at the end of the value.');
    case 'DUPLICATE_KEY':
      return msg('同一层级出现了重复的字段名。请删除或合并其中一个。', 'The same field name appears twice at this level. Remove or merge one of them.');
    case 'TAB_AS_INDENT':
      return msg('用了 Tab 缩进：YAML 只能用空格缩进。请把 Tab 换成两个空格。', 'Tabs are used for indentation; YAML allows spaces only. Replace each tab with two spaces.');
    case 'BAD_INDENT':
      return msg('缩进不对：同一层级的字段要左对齐，方括号 [ ] 与花括号 { } 要成对闭合。', 'The indentation is off: fields at one level line up, and [ ] and { } close in pairs.');
    case 'BAD_SCALAR_START':
      return reason.includes('@')
        ? msg('以 @ 开头的值需要加引号。负责人请直接写姓名，例如 owners: [马长久]。', 'A value starting with @ needs quotes. Write owners by name, e.g. owners: [马长久].')
        : msg('这个值以 YAML 的保留字符开头（如 ` @ | > %）。请给值加引号。', 'The value starts with a character YAML reserves (` @ | > %). Quote the value.');
    case 'UNEXPECTED_TOKEN':
      return msg('这里出现了无法识别的内容：检查缩进，以及列表项的 "- " 是否对齐。', 'Something unexpected is here: check the indentation and that the "- " of list items line up.');
    default:
      return msg(`YAML 无法解析（${reason}）。请检查缩进（只用空格）、冒号后的空格，以及引号是否成对。`,
        `YAML cannot be parsed (${reason}). Check the indentation (spaces only), the space after each colon and that quotes are paired.`);
  }
}

/** A quote or bracket opened and never closed: said at the line that opens it. */
export function unclosedMessage(opener: string): Msg {
  const closer = { '"': '"', "'": "'", '[': ']', '{': '}' }[opener] ?? opener;
  const example = opener === '[' ? 'aliases: [老张, 张总]' : 'measure: { type: increase, target: 80 }';
  return opener === '[' || opener === '{'
    ? msg(`这一行的 ${opener} 没有闭合：列表或字段组从这里开始，却一直没有对应的 ${closer}。请在末尾补上 ${closer}，例如 ${example}。`,
      `The ${opener} on this line is never closed: the list or group of fields starts here but no ${closer} ends it. Add ${closer} at its end, e.g. ${example}.`)
    : msg(`这一行的引号 ${opener} 没有闭合：值从这里开始，却一直没有结束的 ${closer}，后面的字段都被当成了这个值的一部分。请在值的末尾补上 ${closer}。`,
      `The quote ${opener} on this line is never closed: the value starts here but no ${closer} ends it, so the fields after it read as part of this value. Add ${closer} at the end of the value.`);
}

/** `*name` with no `&name` before it. */
export function undefinedAliasMessage(name: string): Msg {
  return msg(`别名 *${name} 之前没有定义锚点 &${name}，读不出它代表的值。内容文件不需要别名：请直接写出值（例如 department: sales），或把 * 开头的值加上引号。`,
    `The alias *${name} has no anchor &${name} before it, so it stands for nothing. Content files need no aliases: write the value itself (e.g. department: sales), or quote a value that starts with *.`);
}
