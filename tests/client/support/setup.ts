/** The client's unit tests run the weapp branch of the code (transport over wx.cloud) against the fake phone. */
process.env.TARO_ENV = 'weapp';
// React's act() warns unless the environment says it is a test.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
