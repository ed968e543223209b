import { defineCloudFunction } from '../../shared/defineCloudFunction';
import { board } from './board';
import { browsePosts } from './browsePosts';
import { claimPost } from './claimPost';
import { closePost } from './closePost';
import { createPost } from './createPost';
import { decideRegistration } from './decideRegistration';
import { editPost } from './editPost';
import { endMembership } from './endMembership';
import { logService } from './logService';
import { myRecord } from './myRecord';
import { overview } from './overview';
import { postHistory } from './postHistory';
import { register } from './register';
import { registrationForm } from './registrationForm';
import { registrations } from './registrations';
import { scoreStars } from './scoreStars';
import { serviceTotals } from './serviceTotals';
import { setClaimLimit } from './setClaimLimit';
import { starCandidates } from './starCandidates';
import { staffPosts } from './staffPosts';
import { stepDown } from './stepDown';
import { verificationQueue } from './verificationQueue';
import { verifyLog } from './verifyLog';

export const main = defineCloudFunction('posts', {
  overview,
  registrationForm,
  register,
  registrations,
  decideRegistration,
  endMembership,
  staffPosts,
  createPost,
  editPost,
  closePost,
  setClaimLimit,
  browsePosts,
  claimPost,
  stepDown,
  logService,
  myRecord,
  verificationQueue,
  verifyLog,
  board,
  serviceTotals,
  postHistory,
  starCandidates,
  scoreStars,
});
