/** Entity review (merge, split) in the inspector. */
export { ReviewPanel } from "./ReviewPanel.js";
export { reviewApi } from "./api.js";
