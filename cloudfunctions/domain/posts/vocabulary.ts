/** The words of 党员认岗 (party members' posts), zod-free: the domain, the contract and the mini-program share them. */

/** `ended`: staff ended an approved member's registration (moved away, no longer a member here); they may report again. */
export type RegistrationStatus = 'pending' | 'approved' | 'rejected' | 'ended';
export type PostStatus = 'open' | 'closed';
/** steppedDown: the member left with a reason; ended: the post was closed. */
export type ClaimStatus = 'active' | 'steppedDown' | 'ended';
export type LogStatus = 'pending' | 'approved' | 'rejected';
/** 学习星、实绩星、服务星、法纪星、正气星. */
export type StarKey = 'study' | 'performance' | 'service' | 'discipline' | 'integrity';
export type RaterType = 'self' | 'peer' | 'resident' | 'organisation';
export type StarScores = Record<StarKey, number>;
