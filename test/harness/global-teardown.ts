/** Stops the moto_server that global-setup.ts started. */
export default async function globalTeardown(): Promise<void> {
  await (globalThis as { vendStopMotoServer?: () => Promise<void> }).vendStopMotoServer?.();
}
