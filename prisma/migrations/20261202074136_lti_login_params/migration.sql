-- AlterTable
ALTER TABLE "LtiLoginState" ADD COLUMN     "loginParams" JSONB;
