import { z } from 'zod';
import type { FieldError } from '../contract/envelope';
import { DomainError } from '../domain/shared/DomainError';
import { payloadWithoutInvisible } from './invisibleText';

/** Turns zod's issues into hints a resident can act on. */
function describeIssue(issue: z.ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.received === 'undefined' ? '必须填写' : '格式不正确';
    case 'too_big':
      return issue.type === 'string' ? `不能超过${String(issue.maximum)}个字` : `不能超过${String(issue.maximum)}`;
    case 'too_small':
      if (issue.type === 'string') return Number(issue.minimum) <= 1 ? '不能为空' : `至少${String(issue.minimum)}个字`;
      return `至少${String(issue.minimum)}`;
    case 'unrecognized_keys':
      return `包含无法识别的内容：${issue.keys.join('、')}`;
    case 'invalid_enum_value':
      return '不在可选范围内';
    case 'invalid_string':
      return issue.message && !issue.message.startsWith('Invalid') ? issue.message : '格式不正确';
    default:
      return issue.message && /[\u4e00-\u9fa5]/.test(issue.message) ? issue.message : '格式不正确';
  }
}

/**
 * Validates an action's payload, its texts without invisible characters
 * (shared/invisibleText); bad input becomes INVALID_INPUT with per-field hints.
 */
export function validateInput<S extends z.ZodTypeAny>(schema: S, payload: unknown): z.output<S> {
  const parsed = schema.safeParse(payloadWithoutInvisible(payload ?? {}));
  if (parsed.success) return parsed.data as z.output<S>;
  const fields: FieldError[] = parsed.error.issues.map((issue) => ({
    path: issue.path.join('.'),
    message: describeIssue(issue),
  }));
  throw new DomainError('INVALID_INPUT', undefined, fields);
}
