/// <reference types="@tarojs/taro" />

declare module '*.png';
declare module '*.gif';
declare module '*.jpg';
declare module '*.jpeg';
declare module '*.svg';
declare module '*.css';
declare module '*.scss';
declare module '*.sass';

declare namespace NodeJS {
  interface ProcessEnv {
    /** Replaced at build time. */
    NODE_ENV: 'development' | 'production' | 'test';
    /** The platform being built; every `process.env.TARO_ENV === '…'` branch is constant-folded. */
    TARO_ENV: 'weapp' | 'h5';
    /** The mini-program AppID, if set in an env file (Taro's convention). */
    TARO_APP_ID?: string;
    /**
     * WeChat cloud environment id for the weapp build (config/index.ts sets a
     * placeholder; override with TARO_APP_CLOUD_ENV in .env.production or the shell).
     */
    TARO_APP_CLOUD_ENV: string;
  }
}
