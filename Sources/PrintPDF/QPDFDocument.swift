internal import CQPDF

/// One PDF held by qpdf's C API, read from memory and written back to memory. The thin edge
/// between Swift and qpdf: objects are qpdf's handles, errors become `PrintPDFError`.
final class QPDFDocument {
    typealias Object = qpdf_oh

    private var data: qpdf_data?
    private var handle: qpdf_data { data! }
    /// The file's bytes: qpdf reads objects from them as it needs them, so they live as long
    /// as the document.
    private let file: UnsafeMutableBufferPointer<CChar>

    init(_ bytes: [UInt8], name: String) throws(PrintPDFError) {
        file = .allocate(capacity: max(1, bytes.count))
        _ = file.initialize(from: bytes.lazy.map { CChar(bitPattern: $0) })
        data = qpdf_init()
        qpdf_silence_errors(handle)
        qpdf_set_suppress_warnings(handle, 1)
        try check(qpdf_read_memory(handle, name, file.baseAddress, UInt64(bytes.count), nil), "cannot read the PDF")
    }

    deinit {
        qpdf_cleanup(&data)
        file.deallocate()
    }

    var root: Object { qpdf_get_root(handle) }
    var trailer: Object { qpdf_get_trailer(handle) }
    var pageCount: Int { Int(qpdf_get_num_pages(handle)) }
    func page(_ index: Int) -> Object { qpdf_get_page_n(handle, index) }

    func parse(_ text: String) -> Object { qpdf_oh_parse(handle, text) }
    func name(_ text: String) -> Object { qpdf_oh_new_name(handle, text) }
    func text(_ value: String) -> Object { qpdf_oh_new_unicode_string(handle, value) }
    func dictionary() -> Object { qpdf_oh_new_dictionary(handle) }
    func array(_ items: [Object]) -> Object {
        let array = qpdf_oh_new_array(handle)
        for item in items { qpdf_oh_append_item(handle, array, item) }
        return array
    }

    /// A new stream holding `bytes`, its dictionary given `entries`; `deflated` when the bytes
    /// are already `/FlateDecode`-compressed.
    func stream(_ bytes: [UInt8], deflated: Bool = false, entries: [(String, Object)] = []) -> Object {
        let stream = qpdf_oh_new_stream(handle)
        let filter = deflated ? qpdf_oh_new_name(handle, "/FlateDecode") : qpdf_oh_new_null(handle)
        bytes.withUnsafeBufferPointer { qpdf_oh_replace_stream_data(handle, stream, $0.baseAddress, $0.count, filter, qpdf_oh_new_null(handle)) }
        let dictionary = qpdf_oh_get_dict(handle, stream)
        for (key, value) in entries { qpdf_oh_replace_key(handle, dictionary, key, value) }
        return stream
    }

    func indirect(_ object: Object) -> Object { qpdf_make_indirect_object(handle, object) }

    func set(_ key: String, of object: Object, to value: Object) { qpdf_oh_replace_key(handle, object, key, value) }
    func get(_ key: String, of object: Object) -> Object? {
        qpdf_oh_has_key(handle, object, key) != 0 ? qpdf_oh_get_key(handle, object, key) : nil
    }
    /// An object as PDF syntax (`[0 0 595.3 841.9]`), references resolved.
    func unparsed(_ object: Object) -> String { String(cString: qpdf_oh_unparse_resolved(handle, object)) }
    /// The item at `index` of an array.
    func arrayItem(_ array: Object, _ index: Int) -> Object? {
        qpdf_oh_is_array(handle, array) != 0 && index < qpdf_oh_get_array_n_items(handle, array) ? qpdf_oh_get_array_item(handle, array, Int32(index)) : nil
    }
    /// The value of an integer or real, or `nil` for any other object.
    func number(_ object: Object) -> Double? {
        qpdf_oh_is_number(handle, object) != 0 ? qpdf_oh_get_numeric_value(handle, object) : nil
    }
    func isArray(_ object: Object) -> Bool { qpdf_oh_is_array(handle, object) != 0 }
    /// The items of an array.
    func items(of array: Object) -> [Object] {
        (0..<Int(qpdf_oh_get_array_n_items(handle, array))).map { qpdf_oh_get_array_item(handle, array, Int32($0)) }
    }
    func isDictionary(_ object: Object) -> Bool { qpdf_oh_is_dictionary(handle, object) != 0 }
    func isStream(_ object: Object) -> Bool { qpdf_oh_is_stream(handle, object) != 0 }
    func streamDictionary(_ object: Object) -> Object { qpdf_oh_get_dict(handle, object) }

    /// The keys of a dictionary.
    func keys(of dictionary: Object) -> [String] {
        var keys: [String] = []
        qpdf_oh_begin_dict_key_iter(handle, dictionary)
        while qpdf_oh_dict_more_keys(handle) != 0 { keys.append(String(cString: qpdf_oh_dict_next_key(handle))) }
        return keys
    }

    /// A page's content, all its content streams joined and decoded.
    func content(of page: Object) throws(PrintPDFError) -> [UInt8] {
        var buffer: UnsafeMutablePointer<UInt8>?
        var length = 0
        try check(qpdf_oh_get_page_content_data(handle, page, &buffer, &length), "cannot read the page's content")
        defer { campaign_qpdf_free(buffer) }
        return buffer.map { Array(UnsafeBufferPointer(start: $0, count: length)) } ?? []
    }

    /// A stream's data, decoded.
    func data(of stream: Object) throws(PrintPDFError) -> [UInt8] {
        var buffer: UnsafeMutablePointer<UInt8>?
        var length = 0
        var filtered: QPDF_BOOL = 0
        try check(qpdf_oh_get_stream_data(handle, stream, qpdf_dl_generalized, &filtered, &buffer, &length), "cannot read a stream")
        defer { campaign_qpdf_free(buffer) }
        return buffer.map { Array(UnsafeBufferPointer(start: $0, count: length)) } ?? []
    }

    /// The file as written: streams compressed, the /ID derived from the content, at least
    /// PDF `minimumVersion`.
    func written(minimumVersion: String) throws(PrintPDFError) -> [UInt8] {
        try check(qpdf_init_write_memory(handle), "cannot prepare the PDF for writing")
        qpdf_set_deterministic_ID(handle, 1)
        // Streams not yet compressed are; those cairo already compressed are copied as they
        // are, not inflated and deflated again (qpdf's `qpdf_s_compress` would do both).
        qpdf_set_compress_streams(handle, 1)
        qpdf_set_decode_level(handle, qpdf_dl_none)
        qpdf_set_minimum_pdf_version(handle, minimumVersion)
        try check(qpdf_write(handle), "cannot write the PDF")
        guard let bytes = qpdf_get_buffer(handle) else { throw .qpdf("qpdf wrote nothing") }
        return Array(UnsafeBufferPointer(start: bytes, count: qpdf_get_buffer_length(handle)))
    }

    private func check(_ status: QPDF_ERROR_CODE, _ what: String) throws(PrintPDFError) {
        guard status & 2 != 0 || qpdf_has_error(handle) != 0 else { return }  // 2: QPDF_ERRORS
        let error = qpdf_get_error(handle)
        let detail = error.map { String(cString: qpdf_get_error_full_text(handle, $0)) } ?? "unknown error"
        throw .qpdf("\(what): \(detail)")
    }
}

