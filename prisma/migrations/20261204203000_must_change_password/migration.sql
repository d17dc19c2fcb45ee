-- A staff account made by an admin starts with a temporary password, to be changed at first sign-in.
ALTER TABLE "User" ADD COLUMN     "mustChangePassword" BOOLEAN NOT NULL DEFAULT false;
