/** The area of village digital-team volunteers and "1+10" members. */
package vn.tramso.volunteer;
