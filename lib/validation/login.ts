import { z } from 'zod';

export const loginSchema = z.object({
  username: z.string().trim().min(1, 'validation:login.usernameRequired').max(64, 'validation:text.tooLong'),
  password: z.string().min(1, 'validation:login.passwordRequired').max(256, 'validation:text.tooLong'),
  next: z.string().optional(),
});
export type LoginInput = z.infer<typeof loginSchema>;
