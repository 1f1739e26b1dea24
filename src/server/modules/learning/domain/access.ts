import type { Audience, ResourceStatus, Visibility } from '../../../../shared/contracts/learning/resources.js';

/**
 * Who may see and change a resource. The caller's reach over the resource's provider scopes is
 * decided by the authorizer (scope containment); these rules combine it with the lifecycle.
 */
export type ResourceState = { status: ResourceStatus; audience: Audience; createdBy: string };

export type Reach = {
  userId: string | undefined;
  /** Holds a reading role at a scope containing one of the providers. */
  readsProvider: boolean;
  /** Holds an authoring role (teacher, enterprise user) at one of the providers. */
  authorsProvider: boolean;
  /** Holds a reviewing role (college admin, enterprise user, national admin) over one of the providers. */
  reviewsProvider: boolean;
};

export function visibilityOf(state: Pick<ResourceState, 'status' | 'audience'>): Visibility {
  return state.status === 'published' ? state.audience : 'draft';
}

const isCreator = (state: ResourceState, reach: Reach) => reach.userId !== undefined && reach.userId === state.createdBy;

/** A draft is seen only by its authors, and by reviewers once it has been submitted. */
export function canRead(state: ResourceState, reach: Reach): boolean {
  if (state.status === 'published' && (state.audience === 'public' || reach.readsProvider)) return true;
  if (isCreator(state, reach) || reach.authorsProvider) return true;
  return reach.reviewsProvider && state.status !== 'draft';
}

export function canEdit(state: ResourceState, reach: Reach): boolean {
  return (isCreator(state, reach) || reach.authorsProvider) && state.status !== 'in_review';
}

export function canSubmit(state: ResourceState, reach: Reach): boolean {
  return canEdit(state, reach) && (state.status === 'draft' || state.status === 'returned');
}

/** Four eyes: nobody reviews a resource they created. */
export function canReview(state: ResourceState, reach: Reach): boolean {
  return state.status === 'in_review' && reach.reviewsProvider && !isCreator(state, reach);
}

/** After an edit: a published resource goes back to draft until it is reviewed again. */
export function statusAfterEdit(status: ResourceStatus): ResourceStatus {
  return status === 'published' ? 'draft' : status;
}
