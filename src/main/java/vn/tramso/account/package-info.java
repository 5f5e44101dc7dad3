/** Accounts of volunteers, commune leaders and admins, and their sign-in from the database. */
package vn.tramso.account;
