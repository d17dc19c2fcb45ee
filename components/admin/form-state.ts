/** What an admin form's server action answers: an error to show, or a short confirmation. */
export interface FormState {
  error?: string;
  ok?: string;
}
