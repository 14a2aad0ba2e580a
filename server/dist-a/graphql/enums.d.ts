export declare enum SortDirection {
    ASC = "ASC",
    DESC = "DESC"
}
