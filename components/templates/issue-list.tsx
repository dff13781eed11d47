'use client';

import type { ReactNode } from 'react';
import { cn } from '@/components/ui/cn';
import { useT } from '@/lib/i18n/client';
import type { TemplateIssue } from '@/lib/templates/issues';

/** The issues the engine reports, translated by code; each can take the editor to its line. */
export function IssueList({
  title,
  issues,
  onJump,
  className,
}: {
  title: ReactNode;
  issues: TemplateIssue[];
  onJump?: (issue: TemplateIssue) => void;
  className?: string;
}) {
  const t = useT('templates');
  if (issues.length === 0) return null;
  return (
    <div role="alert" className={cn('rounded-md bg-red-50 px-4 py-3 text-sm text-red-800 ring-1 ring-inset ring-red-200', className)}>
      <p className="font-medium">{title}</p>
      <ul className="mt-2 grid grid-cols-[auto_minmax(0,1fr)] items-baseline gap-x-3 gap-y-1.5">
        {issues.map((issue, i) => {
          const where = t('issues.at', { line: issue.line, column: issue.column });
          const message = t(`issues.${issue.code}`, { name: issue.name ?? '', message: issue.message ?? '' });
          return (
            <li key={`${issue.line}:${issue.column}:${i}`} className="col-span-2 grid grid-cols-subgrid items-baseline">
              {onJump ? (
                <button
                  type="button"
                  onClick={() => onJump(issue)}
                  title={t('issues.jump', { line: issue.line })}
                  className="whitespace-nowrap text-left font-mono text-xs font-semibold text-red-900 underline decoration-red-300 underline-offset-2 hover:decoration-red-700"
                >
                  {where}
                </button>
              ) : (
                <span className="whitespace-nowrap font-mono text-xs font-semibold text-red-900">{where}</span>
              )}
              <span className="break-words">{message}</span>
            </li>
          );
        })}
      </ul>
    </div>
  );
}

/** Issues carried by a failed action: a list in `details`, or `details.issues`. */
export function issuesOf(details: unknown): TemplateIssue[] {
  if (Array.isArray(details)) return details as TemplateIssue[];
  const nested = (details as { issues?: unknown } | undefined)?.issues;
  return Array.isArray(nested) ? (nested as TemplateIssue[]) : [];
}
