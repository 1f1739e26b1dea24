import type { SimulationAttempt, SimulationLaunch } from '../../../../shared/contracts/learning/simulations.js';
import type { Session, TestLuban } from '../../../testing/test-luban.js';
import { publishResource, uploadFile } from './learning-test-client.js';
import { trainingPackage } from './simulation-test-packages.js';

/** Test helpers: a published simulation from a generated package, launches and relayed reports. */
export async function uploadPackage(t: TestLuban, session: Session, zip: Buffer, fileName = 'simulation.zip'): Promise<string> {
  return uploadFile(t, session, { resourceType: 'virtual_simulation', fileName, mimeType: 'application/zip', bytes: zip });
}

export async function publishSimulation(t: TestLuban, author: Session, reviewer: Session, options: { zip?: Buffer; title?: Record<string, string>; audience?: 'college' | 'public' } = {}): Promise<string> {
  const uploadId = await uploadPackage(t, author, options.zip ?? (await trainingPackage()));
  return publishResource(
    t,
    author,
    reviewer,
    { type: 'virtual_simulation', title: options.title ?? { 'zh-CN': '液压阀调压实训', en: 'Valve pressure training' }, audience: options.audience ?? 'public', knowledgePoints: ['液压系统'], programCodes: [] },
    uploadId,
  );
}

export async function launch(t: TestLuban, session: Session, resourceId: string, body: Record<string, string> = {}): Promise<SimulationLaunch> {
  const response = await t.request({ method: 'POST', url: `/api/v1/learning/simulations/${resourceId}/launches`, session, body });
  if (response.statusCode !== 201) throw new Error(`launch refused: ${response.body}`);
  return response.json<SimulationLaunch>();
}

export async function report(t: TestLuban, session: Session, launched: Pick<SimulationLaunch, 'attempt' | 'token'>, events: unknown[]) {
  return t.request({ method: 'POST', url: `/api/v1/learning/simulations/attempts/${launched.attempt.id}/events`, session, body: { token: launched.token, events } });
}

export type { SimulationAttempt };
