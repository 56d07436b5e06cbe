import { badInput } from '../shared/errors.js';
import { cleanText } from '../shared/text-input.js';
import type { UserRole } from './user.entity.js';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const LANGUAGE_TAG = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$/;

/** E-mail addresses are compared in lower case; only their plain shape is checked here. */
export function normalizeEmail(email: string, field = 'email'): string {
  const cleaned = cleanText(field, email, { maxLength: 254, required: true }).toLowerCase();
  if (!EMAIL.test(cleaned)) throw badInput(field, 'INVALID_EMAIL');
  return cleaned;
}

export function normalizePersonName(name: string, field = 'name'): string {
  return cleanText(field, name, { maxLength: 200, required: true });
}

export function normalizeLanguage(language: string | null | undefined, field = 'language'): string | null {
  if (language === null || language === undefined || language === '') return null;
  if (!LANGUAGE_TAG.test(language)) throw badInput(field, 'INVALID_LANGUAGE');
  return language;
}

/** Members belong to exactly one MO; staff and coaches to none. */
export function checkRoleAndOrganization(role: UserRole, organizationId: string | null): void {
  if (role === 'MEMBER' && !organizationId) throw badInput('organizationId', 'ORGANIZATION_REQUIRED');
}
