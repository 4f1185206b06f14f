import { describe, expect, it } from 'vitest';
import {
  assignmentFromDraft,
  itemMatches,
  type AssignmentDraft,
} from '../../../../src/lib/assignment/draft';

const draft: AssignmentDraft = {
  title: '  第二周测验 ',
  passMark: '80',
  timeLimitMinutes: '３０',
  attempts: '1',
  seed: 'K7Q2',
  orderPerTrainee: false,
  due: '2025-03-15',
  drillWeight: '5',
  questions: ['risks-01', 'risks-02', 'risks-01'],
  drills: ['drill-double-sold'],
};
const context = {
  contentVersion: '1a2b3c4d',
  now: Date.UTC(2025, 2, 8, 6, 30, 45),
  today: '2025-03-08',
};

describe('assignmentFromDraft', () => {
  it('turns the form into an assignment: trimmed, numbers read (full-width too), ids once', () => {
    expect(assignmentFromDraft(draft, context)).toEqual({
      ok: true,
      assignment: {
        title: '第二周测验',
        createdAt: Date.UTC(2025, 2, 8, 6, 30),
        contentVersion: '1a2b3c4d',
        passMark: 80,
        timeLimitMinutes: 30,
        attempts: 1,
        seed: 'K7Q2',
        orderPerTrainee: false,
        due: '2025-03-15',
        drillWeight: 5,
        questions: ['risks-01', 'risks-02'],
        drills: ['drill-double-sold'],
      },
    });
  });

  it('names every field to fix, in the order of the form, in Chinese', () => {
    const result = assignmentFromDraft(
      {
        ...draft,
        title: ' ',
        passMark: '80.5',
        timeLimitMinutes: '',
        attempts: '99',
        due: '2025-03-07',
        drillWeight: '0',
        questions: [],
        drills: [],
      },
      context,
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => p.field)).toEqual([
      'title',
      'passMark',
      'timeLimitMinutes',
      'attempts',
      'due',
      'drillWeight',
      'items',
    ]);
    expect(result.problems[0]?.message).toContain('作业标题');
  });

  it('accepts a due date of today and no due date at all', () => {
    expect(assignmentFromDraft({ ...draft, due: '2025-03-08' }, context).ok).toBe(true);
    expect(assignmentFromDraft({ ...draft, due: '' }, context)).toMatchObject({
      ok: true,
      assignment: { due: null },
    });
  });
});

describe('itemMatches', () => {
  const item = {
    type: 'single',
    modules: ['ten-risks'],
    incidents: ['double-sold-unit', 'data-leak'],
  };
  it('matches when every chosen facet matches, and anything on an empty filter', () => {
    expect(itemMatches(item, { type: '', module: '', incident: '' })).toBe(true);
    expect(itemMatches(item, { type: 'single', module: 'ten-risks', incident: 'data-leak' })).toBe(
      true,
    );
    expect(itemMatches(item, { type: 'drill', module: '', incident: '' })).toBe(false);
    expect(itemMatches(item, { type: '', module: 'crisis-basics', incident: '' })).toBe(false);
    expect(itemMatches(item, { type: '', module: '', incident: 'crowd-protest' })).toBe(false);
  });
});
