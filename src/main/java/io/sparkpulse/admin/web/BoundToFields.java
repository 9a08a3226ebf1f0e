package io.sparkpulse.admin.web;

/**
 * A form read and written through its fields rather than a pair of accessors per field:
 * for forms of many plain text fields, which accessors would only repeat.
 */
public interface BoundToFields {

}
