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
