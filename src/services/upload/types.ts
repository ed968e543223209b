/** Puts a local image (a temp path from chooseImage) into cloud storage at `cloudPath`; resolves to its fileID. */
export type PhotoUploader = (filePath: string, cloudPath: string) => Promise<string>;
