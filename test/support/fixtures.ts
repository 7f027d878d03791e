/** Credentials and inputs shared by the tests that run the whole action against the simulator. */
export const KEY = { accessKeyId: 'LTAI5tGateTestKey01', accessKeySecret: 'gAte/Secret+Value=0123456789abcd' };

/** Inputs for one run against the simulator, polling fast. */
export function baseInputs(endpoint: string, overrides: Record<string, string> = {}): Record<string, string> {
  return {
    'job-id': 'dtsjob1',
    endpoint,
    region: 'cn-hangzhou',
    'access-key-id': KEY.accessKeyId,
    'access-key-secret': KEY.accessKeySecret,
    // Scenarios advance by poll, not by time: the wait between polls is cut to almost nothing.
    'poll-interval': '10ms',
    timeout: '20s',
    'request-timeout': '2s',
    ...overrides
  };
}
