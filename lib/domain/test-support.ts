import { expect } from 'vitest';
import { DomainError } from '@/lib/errors';

/** Runs a write that must be refused and returns the DomainError it threw (test support). */
export function refusal(fn: () => unknown): DomainError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(DomainError);
    return error as DomainError;
  }
  throw new Error('expected the write to be refused');
}
