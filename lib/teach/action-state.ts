/** What a dashboard form's server action answers: a message to announce, or an error to show. */
export interface ActionState {
  ok?: string;
  error?: string;
}
