/** Why a download gave no file: the storage rule refused it, there is no such file, or it did not arrive. */
export type DownloadFailure = 'notAllowed' | 'missing' | 'failed';

/** Fetches a cloud-storage file by its fileID: a local path, or why not. */
export type Downloader = (fileID: string) => Promise<{ localPath: string } | { failure: DownloadFailure }>;
