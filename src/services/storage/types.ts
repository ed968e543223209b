/**
 * Puts a local file into cloud storage at `cloudPath`: its fileID, or why
 * not (the file could not be read, H5 only; or it did not reach storage).
 */
export type Uploader = (localPath: string, cloudPath: string) => Promise<{ fileID: string } | { failure: 'unreadable' | 'failed' }>;
