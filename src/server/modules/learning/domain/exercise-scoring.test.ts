import { describe, expect, it } from 'vitest';
import { isCorrect, responseProblem, xapiResponse } from './exercise-scoring.js';

const options = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];

describe('exercise scoring', () => {
  it('a multiple choice is right only with every right option and no other', () => {
    const key = { kind: 'multiple' as const, options, answer: ['a', 'c'] };
    expect(isCorrect(key, ['c', 'a'])).toBe(true);
    expect(isCorrect(key, ['a'])).toBe(false);
    expect(isCorrect(key, ['a', 'b', 'c'])).toBe(false);
  });

  it('fill-in accepts any listed text regardless of case, spaces and full-width forms', () => {
    const key = { kind: 'fill_in' as const, options: [], answer: ['G01', '直线插补'] };
    expect(isCorrect(key, [' ｇ０１ '])).toBe(true);
    expect(isCorrect(key, ['直线插补'])).toBe(true);
    expect(isCorrect(key, ['G00'])).toBe(false);
  });

  it('refuses responses that do not fit the exercise', () => {
    expect(responseProblem({ kind: 'single', options, answer: ['a'] }, ['a', 'b'])).toBe('exactly one choice');
    expect(responseProblem({ kind: 'multiple', options, answer: ['a'] }, ['d'])).toBe('unknown choice d');
    expect(responseProblem({ kind: 'true_false', options: [], answer: ['true'] }, ['yes'])).toBe('unknown choice yes');
    expect(responseProblem({ kind: 'multiple', options, answer: ['a'] }, ['a', 'a'])).toBe('a choice is repeated');
    expect(responseProblem({ kind: 'single', options, answer: ['a'] }, ['b'])).toBeUndefined();
  });

  it('formats xAPI responses', () => {
    expect(xapiResponse('multiple', ['a', 'c'])).toBe('a[,]c');
    expect(xapiResponse('fill_in', ['G01'])).toBe('G01');
  });
});
