-- AlterTable
ALTER TABLE "LtiResourceLink" ADD COLUMN     "lineItemsUrl" TEXT;
