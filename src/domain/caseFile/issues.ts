// A problem found in a case file, where it stands, and the error that carries them all.
import { problemText, type Problem, type ProblemCode, type ProblemParams } from './problemCodes'

export interface CaseFileIssue {
  path: string
  /** In English; `code` and `params` let a screen word it in another language. */
  message: string
  code?: ProblemCode
  params?: ProblemParams
}

export function issueAt(path: string, found: Problem): CaseFileIssue {
  return { path, message: problemText(found), code: found.code, params: found.params }
}

export class CaseFileError extends Error {
  readonly issues: CaseFileIssue[]

  constructor(issues: CaseFileIssue[]) {
    const first = issues[0]
    super(
      issues.length === 1 && first
        ? `The case file is not valid: ${first.path ? `${first.path}: ` : ''}${first.message}`
        : `The case file is not valid: ${issues.length} problems found.`,
    )
    this.name = 'CaseFileError'
    this.issues = issues
  }
}

export type PathPart = string | number

/** `offers[2].components[0].amount` from its parts. */
export function formatPath(parts: readonly PathPart[]): string {
  let path = ''
  for (const part of parts) {
    if (typeof part === 'number') path += `[${part}]`
    else if (/^[A-Za-z_$][\w$-]*$/.test(part)) path += path === '' ? part : `.${part}`
    else path += `[${JSON.stringify(part)}]`
  }
  return path
}

