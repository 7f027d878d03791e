#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 7083:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



const os = __nccwpck_require__(857);

const pkg = __nccwpck_require__(2333);

exports.DEFAULT_UA = `AlibabaCloud (${os.platform()}; ${os.arch()}) ` +
  `Node.js/${process.version} Core/${pkg.version}`;
exports.DEFAULT_CLIENT = `Node.js(${process.version}), ${pkg.name}: ${pkg.version}`;


/***/ }),

/***/ 9412:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const assert = __nccwpck_require__(2613);

const httpx = __nccwpck_require__(6584);
const kitx = __nccwpck_require__(4108);
const JSON = __nccwpck_require__(4826);

const helper = __nccwpck_require__(7083);

function firstLetterUpper(str) {
  return str.slice(0, 1).toUpperCase() + str.slice(1);
}

function formatParams(params) {
  var keys = Object.keys(params);
  var newParams = {};
  for (var i = 0; i < keys.length; i++) {
    var key = keys[i];
    newParams[firstLetterUpper(key)] = params[key];
  }
  return newParams;
}


function timestamp() {
  var date = new Date();
  var YYYY = date.getUTCFullYear();
  var MM = kitx.pad2(date.getUTCMonth() + 1);
  var DD = kitx.pad2(date.getUTCDate());
  var HH = kitx.pad2(date.getUTCHours());
  var mm = kitx.pad2(date.getUTCMinutes());
  var ss = kitx.pad2(date.getUTCSeconds());
  // 删除掉毫秒部分
  return `${YYYY}-${MM}-${DD}T${HH}:${mm}:${ss}Z`;
}

function encode(str) {
  var result = encodeURIComponent(str);

  return result.replace(/!/g, '%21')
    .replace(/'/g, '%27')
    .replace(/\(/g, '%28')
    .replace(/\)/g, '%29')
    .replace(/\*/g, '%2A');
}

function replaceRepeatList(target, key, repeat) {
  for (var i = 0; i < repeat.length; i++) {
    var item = repeat[i];

    if (Array.isArray(item)) {
      replaceRepeatList(target, `${key}.${i + 1}`, item);
    } else if (item && typeof item === 'object') {
      const keys = Object.keys(item);
      for (var j = 0; j < keys.length; j++) {
        if (Array.isArray(item[keys[j]])) {
          replaceRepeatList(target, `${key}.${i + 1}.${keys[j]}`, item[keys[j]]);
        } else {
          target[`${key}.${i + 1}.${keys[j]}`] = item[keys[j]];
        }
      }
    } else {
      target[`${key}.${i + 1}`] = item;
    }
  }
}

function flatParams(params) {
  var target = {};
  var keys = Object.keys(params);
  for (let i = 0; i < keys.length; i++) {
    var key = keys[i];
    var value = params[key];
    if (Array.isArray(value)) {
      replaceRepeatList(target, key, value);
    } else {
      target[key] = value;
    }
  }
  return target;
}

function normalize(params) {
  var list = [];
  var flated = flatParams(params);
  var keys = Object.keys(flated).sort();
  for (let i = 0; i < keys.length; i++) {
    var key = keys[i];
    var value = flated[key];
    list.push([encode(key), encode(value)]); //push []
  }
  return list;
}

function canonicalize(normalized) {
  var fields = [];
  for (var i = 0; i < normalized.length; i++) {
    var [key, value] = normalized[i];
    fields.push(key + '=' + value);
  }
  return fields.join('&');
}

class RPCClient {
  constructor(config, verbose) {
    assert(config, 'must pass "config"');
    assert(config.endpoint, 'must pass "config.endpoint"');
    if (!config.endpoint.startsWith('https://') &&
      !config.endpoint.startsWith('http://')) {
      throw new Error(`"config.endpoint" must starts with 'https://' or 'http://'.`);
    }
    assert(config.apiVersion, 'must pass "config.apiVersion"');
    if (config.credentialsProvider) {
      if (typeof config.credentialsProvider.getCredentials !== 'function') {
        throw new Error(`must pass "config.credentialsProvider" with function "getCredentials()"`);
      }
      this.credentialsProvider = config.credentialsProvider;
    } else {
      assert(config.accessKeyId, 'must pass "config.accessKeyId"');
      var accessKeySecret = config.secretAccessKey || config.accessKeySecret;
      assert(accessKeySecret, 'must pass "config.accessKeySecret"');
      this.accessKeyId = config.accessKeyId;
      this.accessKeySecret = accessKeySecret;
      this.securityToken = config.securityToken;
      this.credentialsProvider = {
        getCredentials: async () => {
          return {
            accessKeyId: config.accessKeyId,
            accessKeySecret: accessKeySecret,
            securityToken: config.securityToken,
          };
        }
      };
    }


    if (config.endpoint.endsWith('/')) {
      config.endpoint = config.endpoint.slice(0, -1);
    }

    this.endpoint = config.endpoint;
    this.apiVersion = config.apiVersion;
    this.verbose = verbose === true;
    // 非 codes 里的值，将抛出异常
    this.codes = new Set([200, '200', 'OK', 'Success', 'success']);
    if (config.codes) {
      // 合并 codes
      for (var elem of config.codes) {
        this.codes.add(elem);
      }
    }

    this.opts = config.opts || {};

    var httpModule = this.endpoint.startsWith('https://')
      ? __nccwpck_require__(5692) : __nccwpck_require__(8611);
    this.keepAliveAgent = new httpModule.Agent({
      keepAlive: true,
      keepAliveMsecs: 3000
    });
  }

  async request(action, params = {}, opts = {}) {
    const credentials = await this.credentialsProvider.getCredentials();
    // 1. compose params and opts
    opts = Object.assign({
      headers: {
        'x-sdk-client': helper.DEFAULT_CLIENT,
        'user-agent': helper.DEFAULT_UA,
        'x-acs-action': action,
        'x-acs-version': this.apiVersion
      }
    }, this.opts, opts);

    // format action until formatAction is false
    if (opts.formatAction !== false) {
      action = firstLetterUpper(action);
    }

    // format params until formatParams is false
    if (opts.formatParams !== false) {
      params = formatParams(params);
    }
    const defaultParams = {
      Format: 'JSON',
      Timestamp: timestamp(),
      Version: this.apiVersion,
    };
    if (credentials && credentials.accessKeyId && credentials.accessKeySecret) {
      defaultParams.SignatureMethod = 'HMAC-SHA1';
      defaultParams.SignatureVersion = '1.0';
      defaultParams.SignatureNonce = kitx.makeNonce();
      defaultParams.AccessKeyId = credentials.accessKeyId;
      if (credentials.securityToken) {
        defaultParams.SecurityToken = credentials.securityToken;
      }
    }
    params = Object.assign({ Action: action }, defaultParams, params);

    const method = (opts.method || 'GET').toUpperCase();
    const normalized = normalize(params);
    // 2. caculate signature
    if (credentials && credentials.accessKeyId && credentials.accessKeySecret) {
      const canonicalized = canonicalize(normalized);
      // 2.1 get string to sign
      const stringToSign = `${method}&${encode('/')}&${encode(canonicalized)}`;
      // 2.2 get signature
      const key = credentials.accessKeySecret + '&';
      const signature = kitx.sha1(stringToSign, key, 'base64');
      // add signature
      normalized.push(['Signature', encode(signature)]);
    }

    // 3. generate final url
    const url = opts.method === 'POST' ? `${this.endpoint}/` : `${this.endpoint}/?${canonicalize(normalized)}`;
    // 4. send request
    const entry = {
      url: url,
      request: null,
      response: null
    };

    if (opts && !opts.agent) {
      opts.agent = this.keepAliveAgent;
    }

    if (opts.method === 'POST') {
      opts.headers = opts.headers || {};
      opts.headers['content-type'] = 'application/x-www-form-urlencoded';
      opts.data = canonicalize(normalized);
    }

    const response = await httpx.request(url, opts);
    entry.request = {
      headers: response.req.getHeaders ? response.req.getHeaders() : response.req._headers
    };
    entry.response = {
      statusCode: response.statusCode,
      headers: response.headers
    };

    const buffer = await httpx.read(response);
    const json = JSON.parse(buffer);
    if (json.Code && !this.codes.has(json.Code)) {
      const err = new Error(`${json.Message}, URL: ${url}`);
      err.name = json.Code + 'Error';
      err.data = json;
      err.code = json.Code;
      err.url = url;
      err.entry = entry;
      throw err;
    }

    if (this.verbose) {
      return [json, entry];
    }

    return json;
  }

  _buildParams() {
    const defaultParams = {
      Format: 'JSON',
      SignatureMethod: 'HMAC-SHA1',
      SignatureNonce: kitx.makeNonce(),
      SignatureVersion: '1.0',
      Timestamp: timestamp(),
      AccessKeyId: this.accessKeyId,
      Version: this.apiVersion,
    };
    if (this.securityToken) {
      defaultParams.SecurityToken = this.securityToken;
    }
    return defaultParams;
  }
}

module.exports = RPCClient;


/***/ }),

/***/ 1259:
/***/ (function(module) {

;(function (globalObject) {
  'use strict';

/*
 *      bignumber.js v9.3.1
 *      A JavaScript library for arbitrary-precision arithmetic.
 *      https://github.com/MikeMcl/bignumber.js
 *      Copyright (c) 2025 Michael Mclaughlin <M8ch88l@gmail.com>
 *      MIT Licensed.
 *
 *      BigNumber.prototype methods     |  BigNumber methods
 *                                      |
 *      absoluteValue            abs    |  clone
 *      comparedTo                      |  config               set
 *      decimalPlaces            dp     |      DECIMAL_PLACES
 *      dividedBy                div    |      ROUNDING_MODE
 *      dividedToIntegerBy       idiv   |      EXPONENTIAL_AT
 *      exponentiatedBy          pow    |      RANGE
 *      integerValue                    |      CRYPTO
 *      isEqualTo                eq     |      MODULO_MODE
 *      isFinite                        |      POW_PRECISION
 *      isGreaterThan            gt     |      FORMAT
 *      isGreaterThanOrEqualTo   gte    |      ALPHABET
 *      isInteger                       |  isBigNumber
 *      isLessThan               lt     |  maximum              max
 *      isLessThanOrEqualTo      lte    |  minimum              min
 *      isNaN                           |  random
 *      isNegative                      |  sum
 *      isPositive                      |
 *      isZero                          |
 *      minus                           |
 *      modulo                   mod    |
 *      multipliedBy             times  |
 *      negated                         |
 *      plus                            |
 *      precision                sd     |
 *      shiftedBy                       |
 *      squareRoot               sqrt   |
 *      toExponential                   |
 *      toFixed                         |
 *      toFormat                        |
 *      toFraction                      |
 *      toJSON                          |
 *      toNumber                        |
 *      toPrecision                     |
 *      toString                        |
 *      valueOf                         |
 *
 */


  var BigNumber,
    isNumeric = /^-?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i,
    mathceil = Math.ceil,
    mathfloor = Math.floor,

    bignumberError = '[BigNumber Error] ',
    tooManyDigits = bignumberError + 'Number primitive has more than 15 significant digits: ',

    BASE = 1e14,
    LOG_BASE = 14,
    MAX_SAFE_INTEGER = 0x1fffffffffffff,         // 2^53 - 1
    // MAX_INT32 = 0x7fffffff,                   // 2^31 - 1
    POWS_TEN = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13],
    SQRT_BASE = 1e7,

    // EDITABLE
    // The limit on the value of DECIMAL_PLACES, TO_EXP_NEG, TO_EXP_POS, MIN_EXP, MAX_EXP, and
    // the arguments to toExponential, toFixed, toFormat, and toPrecision.
    MAX = 1E9;                                   // 0 to MAX_INT32


  /*
   * Create and return a BigNumber constructor.
   */
  function clone(configObject) {
    var div, convertBase, parseNumeric,
      P = BigNumber.prototype = { constructor: BigNumber, toString: null, valueOf: null },
      ONE = new BigNumber(1),


      //----------------------------- EDITABLE CONFIG DEFAULTS -------------------------------


      // The default values below must be integers within the inclusive ranges stated.
      // The values can also be changed at run-time using BigNumber.set.

      // The maximum number of decimal places for operations involving division.
      DECIMAL_PLACES = 20,                     // 0 to MAX

      // The rounding mode used when rounding to the above decimal places, and when using
      // toExponential, toFixed, toFormat and toPrecision, and round (default value).
      // UP         0 Away from zero.
      // DOWN       1 Towards zero.
      // CEIL       2 Towards +Infinity.
      // FLOOR      3 Towards -Infinity.
      // HALF_UP    4 Towards nearest neighbour. If equidistant, up.
      // HALF_DOWN  5 Towards nearest neighbour. If equidistant, down.
      // HALF_EVEN  6 Towards nearest neighbour. If equidistant, towards even neighbour.
      // HALF_CEIL  7 Towards nearest neighbour. If equidistant, towards +Infinity.
      // HALF_FLOOR 8 Towards nearest neighbour. If equidistant, towards -Infinity.
      ROUNDING_MODE = 4,                       // 0 to 8

      // EXPONENTIAL_AT : [TO_EXP_NEG , TO_EXP_POS]

      // The exponent value at and beneath which toString returns exponential notation.
      // Number type: -7
      TO_EXP_NEG = -7,                         // 0 to -MAX

      // The exponent value at and above which toString returns exponential notation.
      // Number type: 21
      TO_EXP_POS = 21,                         // 0 to MAX

      // RANGE : [MIN_EXP, MAX_EXP]

      // The minimum exponent value, beneath which underflow to zero occurs.
      // Number type: -324  (5e-324)
      MIN_EXP = -1e7,                          // -1 to -MAX

      // The maximum exponent value, above which overflow to Infinity occurs.
      // Number type:  308  (1.7976931348623157e+308)
      // For MAX_EXP > 1e7, e.g. new BigNumber('1e100000000').plus(1) may be slow.
      MAX_EXP = 1e7,                           // 1 to MAX

      // Whether to use cryptographically-secure random number generation, if available.
      CRYPTO = false,                          // true or false

      // The modulo mode used when calculating the modulus: a mod n.
      // The quotient (q = a / n) is calculated according to the corresponding rounding mode.
      // The remainder (r) is calculated as: r = a - n * q.
      //
      // UP        0 The remainder is positive if the dividend is negative, else is negative.
      // DOWN      1 The remainder has the same sign as the dividend.
      //             This modulo mode is commonly known as 'truncated division' and is
      //             equivalent to (a % n) in JavaScript.
      // FLOOR     3 The remainder has the same sign as the divisor (Python %).
      // HALF_EVEN 6 This modulo mode implements the IEEE 754 remainder function.
      // EUCLID    9 Euclidian division. q = sign(n) * floor(a / abs(n)).
      //             The remainder is always positive.
      //
      // The truncated division, floored division, Euclidian division and IEEE 754 remainder
      // modes are commonly used for the modulus operation.
      // Although the other rounding modes can also be used, they may not give useful results.
      MODULO_MODE = 1,                         // 0 to 9

      // The maximum number of significant digits of the result of the exponentiatedBy operation.
      // If POW_PRECISION is 0, there will be unlimited significant digits.
      POW_PRECISION = 0,                       // 0 to MAX

      // The format specification used by the BigNumber.prototype.toFormat method.
      FORMAT = {
        prefix: '',
        groupSize: 3,
        secondaryGroupSize: 0,
        groupSeparator: ',',
        decimalSeparator: '.',
        fractionGroupSize: 0,
        fractionGroupSeparator: '\xA0',        // non-breaking space
        suffix: ''
      },

      // The alphabet used for base conversion. It must be at least 2 characters long, with no '+',
      // '-', '.', whitespace, or repeated character.
      // '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ$_'
      ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz',
      alphabetHasNormalDecimalDigits = true;


    //------------------------------------------------------------------------------------------


    // CONSTRUCTOR


    /*
     * The BigNumber constructor and exported function.
     * Create and return a new instance of a BigNumber object.
     *
     * v {number|string|BigNumber} A numeric value.
     * [b] {number} The base of v. Integer, 2 to ALPHABET.length inclusive.
     */
    function BigNumber(v, b) {
      var alphabet, c, caseChanged, e, i, isNum, len, str,
        x = this;

      // Enable constructor call without `new`.
      if (!(x instanceof BigNumber)) return new BigNumber(v, b);

      if (b == null) {

        if (v && v._isBigNumber === true) {
          x.s = v.s;

          if (!v.c || v.e > MAX_EXP) {
            x.c = x.e = null;
          } else if (v.e < MIN_EXP) {
            x.c = [x.e = 0];
          } else {
            x.e = v.e;
            x.c = v.c.slice();
          }

          return;
        }

        if ((isNum = typeof v == 'number') && v * 0 == 0) {

          // Use `1 / n` to handle minus zero also.
          x.s = 1 / v < 0 ? (v = -v, -1) : 1;

          // Fast path for integers, where n < 2147483648 (2**31).
          if (v === ~~v) {
            for (e = 0, i = v; i >= 10; i /= 10, e++);

            if (e > MAX_EXP) {
              x.c = x.e = null;
            } else {
              x.e = e;
              x.c = [v];
            }

            return;
          }

          str = String(v);
        } else {

          if (!isNumeric.test(str = String(v))) return parseNumeric(x, str, isNum);

          x.s = str.charCodeAt(0) == 45 ? (str = str.slice(1), -1) : 1;
        }

        // Decimal point?
        if ((e = str.indexOf('.')) > -1) str = str.replace('.', '');

        // Exponential form?
        if ((i = str.search(/e/i)) > 0) {

          // Determine exponent.
          if (e < 0) e = i;
          e += +str.slice(i + 1);
          str = str.substring(0, i);
        } else if (e < 0) {

          // Integer.
          e = str.length;
        }

      } else {

        // '[BigNumber Error] Base {not a primitive number|not an integer|out of range}: {b}'
        intCheck(b, 2, ALPHABET.length, 'Base');

        // Allow exponential notation to be used with base 10 argument, while
        // also rounding to DECIMAL_PLACES as with other bases.
        if (b == 10 && alphabetHasNormalDecimalDigits) {
          x = new BigNumber(v);
          return round(x, DECIMAL_PLACES + x.e + 1, ROUNDING_MODE);
        }

        str = String(v);

        if (isNum = typeof v == 'number') {

          // Avoid potential interpretation of Infinity and NaN as base 44+ values.
          if (v * 0 != 0) return parseNumeric(x, str, isNum, b);

          x.s = 1 / v < 0 ? (str = str.slice(1), -1) : 1;

          // '[BigNumber Error] Number primitive has more than 15 significant digits: {n}'
          if (BigNumber.DEBUG && str.replace(/^0\.0*|\./, '').length > 15) {
            throw Error
             (tooManyDigits + v);
          }
        } else {
          x.s = str.charCodeAt(0) === 45 ? (str = str.slice(1), -1) : 1;
        }

        alphabet = ALPHABET.slice(0, b);
        e = i = 0;

        // Check that str is a valid base b number.
        // Don't use RegExp, so alphabet can contain special characters.
        for (len = str.length; i < len; i++) {
          if (alphabet.indexOf(c = str.charAt(i)) < 0) {
            if (c == '.') {

              // If '.' is not the first character and it has not be found before.
              if (i > e) {
                e = len;
                continue;
              }
            } else if (!caseChanged) {

              // Allow e.g. hexadecimal 'FF' as well as 'ff'.
              if (str == str.toUpperCase() && (str = str.toLowerCase()) ||
                  str == str.toLowerCase() && (str = str.toUpperCase())) {
                caseChanged = true;
                i = -1;
                e = 0;
                continue;
              }
            }

            return parseNumeric(x, String(v), isNum, b);
          }
        }

        // Prevent later check for length on converted number.
        isNum = false;
        str = convertBase(str, b, 10, x.s);

        // Decimal point?
        if ((e = str.indexOf('.')) > -1) str = str.replace('.', '');
        else e = str.length;
      }

      // Determine leading zeros.
      for (i = 0; str.charCodeAt(i) === 48; i++);

      // Determine trailing zeros.
      for (len = str.length; str.charCodeAt(--len) === 48;);

      if (str = str.slice(i, ++len)) {
        len -= i;

        // '[BigNumber Error] Number primitive has more than 15 significant digits: {n}'
        if (isNum && BigNumber.DEBUG &&
          len > 15 && (v > MAX_SAFE_INTEGER || v !== mathfloor(v))) {
            throw Error
             (tooManyDigits + (x.s * v));
        }

         // Overflow?
        if ((e = e - i - 1) > MAX_EXP) {

          // Infinity.
          x.c = x.e = null;

        // Underflow?
        } else if (e < MIN_EXP) {

          // Zero.
          x.c = [x.e = 0];
        } else {
          x.e = e;
          x.c = [];

          // Transform base

          // e is the base 10 exponent.
          // i is where to slice str to get the first element of the coefficient array.
          i = (e + 1) % LOG_BASE;
          if (e < 0) i += LOG_BASE;  // i < 1

          if (i < len) {
            if (i) x.c.push(+str.slice(0, i));

            for (len -= LOG_BASE; i < len;) {
              x.c.push(+str.slice(i, i += LOG_BASE));
            }

            i = LOG_BASE - (str = str.slice(i)).length;
          } else {
            i -= len;
          }

          for (; i--; str += '0');
          x.c.push(+str);
        }
      } else {

        // Zero.
        x.c = [x.e = 0];
      }
    }


    // CONSTRUCTOR PROPERTIES


    BigNumber.clone = clone;

    BigNumber.ROUND_UP = 0;
    BigNumber.ROUND_DOWN = 1;
    BigNumber.ROUND_CEIL = 2;
    BigNumber.ROUND_FLOOR = 3;
    BigNumber.ROUND_HALF_UP = 4;
    BigNumber.ROUND_HALF_DOWN = 5;
    BigNumber.ROUND_HALF_EVEN = 6;
    BigNumber.ROUND_HALF_CEIL = 7;
    BigNumber.ROUND_HALF_FLOOR = 8;
    BigNumber.EUCLID = 9;


    /*
     * Configure infrequently-changing library-wide settings.
     *
     * Accept an object with the following optional properties (if the value of a property is
     * a number, it must be an integer within the inclusive range stated):
     *
     *   DECIMAL_PLACES   {number}           0 to MAX
     *   ROUNDING_MODE    {number}           0 to 8
     *   EXPONENTIAL_AT   {number|number[]}  -MAX to MAX  or  [-MAX to 0, 0 to MAX]
     *   RANGE            {number|number[]}  -MAX to MAX (not zero)  or  [-MAX to -1, 1 to MAX]
     *   CRYPTO           {boolean}          true or false
     *   MODULO_MODE      {number}           0 to 9
     *   POW_PRECISION       {number}           0 to MAX
     *   ALPHABET         {string}           A string of two or more unique characters which does
     *                                       not contain '.'.
     *   FORMAT           {object}           An object with some of the following properties:
     *     prefix                 {string}
     *     groupSize              {number}
     *     secondaryGroupSize     {number}
     *     groupSeparator         {string}
     *     decimalSeparator       {string}
     *     fractionGroupSize      {number}
     *     fractionGroupSeparator {string}
     *     suffix                 {string}
     *
     * (The values assigned to the above FORMAT object properties are not checked for validity.)
     *
     * E.g.
     * BigNumber.config({ DECIMAL_PLACES : 20, ROUNDING_MODE : 4 })
     *
     * Ignore properties/parameters set to null or undefined, except for ALPHABET.
     *
     * Return an object with the properties current values.
     */
    BigNumber.config = BigNumber.set = function (obj) {
      var p, v;

      if (obj != null) {

        if (typeof obj == 'object') {

          // DECIMAL_PLACES {number} Integer, 0 to MAX inclusive.
          // '[BigNumber Error] DECIMAL_PLACES {not a primitive number|not an integer|out of range}: {v}'
          if (obj.hasOwnProperty(p = 'DECIMAL_PLACES')) {
            v = obj[p];
            intCheck(v, 0, MAX, p);
            DECIMAL_PLACES = v;
          }

          // ROUNDING_MODE {number} Integer, 0 to 8 inclusive.
          // '[BigNumber Error] ROUNDING_MODE {not a primitive number|not an integer|out of range}: {v}'
          if (obj.hasOwnProperty(p = 'ROUNDING_MODE')) {
            v = obj[p];
            intCheck(v, 0, 8, p);
            ROUNDING_MODE = v;
          }

          // EXPONENTIAL_AT {number|number[]}
          // Integer, -MAX to MAX inclusive or
          // [integer -MAX to 0 inclusive, 0 to MAX inclusive].
          // '[BigNumber Error] EXPONENTIAL_AT {not a primitive number|not an integer|out of range}: {v}'
          if (obj.hasOwnProperty(p = 'EXPONENTIAL_AT')) {
            v = obj[p];
            if (v && v.pop) {
              intCheck(v[0], -MAX, 0, p);
              intCheck(v[1], 0, MAX, p);
              TO_EXP_NEG = v[0];
              TO_EXP_POS = v[1];
            } else {
              intCheck(v, -MAX, MAX, p);
              TO_EXP_NEG = -(TO_EXP_POS = v < 0 ? -v : v);
            }
          }

          // RANGE {number|number[]} Non-zero integer, -MAX to MAX inclusive or
          // [integer -MAX to -1 inclusive, integer 1 to MAX inclusive].
          // '[BigNumber Error] RANGE {not a primitive number|not an integer|out of range|cannot be zero}: {v}'
          if (obj.hasOwnProperty(p = 'RANGE')) {
            v = obj[p];
            if (v && v.pop) {
              intCheck(v[0], -MAX, -1, p);
              intCheck(v[1], 1, MAX, p);
              MIN_EXP = v[0];
              MAX_EXP = v[1];
            } else {
              intCheck(v, -MAX, MAX, p);
              if (v) {
                MIN_EXP = -(MAX_EXP = v < 0 ? -v : v);
              } else {
                throw Error
                 (bignumberError + p + ' cannot be zero: ' + v);
              }
            }
          }

          // CRYPTO {boolean} true or false.
          // '[BigNumber Error] CRYPTO not true or false: {v}'
          // '[BigNumber Error] crypto unavailable'
          if (obj.hasOwnProperty(p = 'CRYPTO')) {
            v = obj[p];
            if (v === !!v) {
              if (v) {
                if (typeof crypto != 'undefined' && crypto &&
                 (crypto.getRandomValues || crypto.randomBytes)) {
                  CRYPTO = v;
                } else {
                  CRYPTO = !v;
                  throw Error
                   (bignumberError + 'crypto unavailable');
                }
              } else {
                CRYPTO = v;
              }
            } else {
              throw Error
               (bignumberError + p + ' not true or false: ' + v);
            }
          }

          // MODULO_MODE {number} Integer, 0 to 9 inclusive.
          // '[BigNumber Error] MODULO_MODE {not a primitive number|not an integer|out of range}: {v}'
          if (obj.hasOwnProperty(p = 'MODULO_MODE')) {
            v = obj[p];
            intCheck(v, 0, 9, p);
            MODULO_MODE = v;
          }

          // POW_PRECISION {number} Integer, 0 to MAX inclusive.
          // '[BigNumber Error] POW_PRECISION {not a primitive number|not an integer|out of range}: {v}'
          if (obj.hasOwnProperty(p = 'POW_PRECISION')) {
            v = obj[p];
            intCheck(v, 0, MAX, p);
            POW_PRECISION = v;
          }

          // FORMAT {object}
          // '[BigNumber Error] FORMAT not an object: {v}'
          if (obj.hasOwnProperty(p = 'FORMAT')) {
            v = obj[p];
            if (typeof v == 'object') FORMAT = v;
            else throw Error
             (bignumberError + p + ' not an object: ' + v);
          }

          // ALPHABET {string}
          // '[BigNumber Error] ALPHABET invalid: {v}'
          if (obj.hasOwnProperty(p = 'ALPHABET')) {
            v = obj[p];

            // Disallow if less than two characters,
            // or if it contains '+', '-', '.', whitespace, or a repeated character.
            if (typeof v == 'string' && !/^.?$|[+\-.\s]|(.).*\1/.test(v)) {
              alphabetHasNormalDecimalDigits = v.slice(0, 10) == '0123456789';
              ALPHABET = v;
            } else {
              throw Error
               (bignumberError + p + ' invalid: ' + v);
            }
          }

        } else {

          // '[BigNumber Error] Object expected: {v}'
          throw Error
           (bignumberError + 'Object expected: ' + obj);
        }
      }

      return {
        DECIMAL_PLACES: DECIMAL_PLACES,
        ROUNDING_MODE: ROUNDING_MODE,
        EXPONENTIAL_AT: [TO_EXP_NEG, TO_EXP_POS],
        RANGE: [MIN_EXP, MAX_EXP],
        CRYPTO: CRYPTO,
        MODULO_MODE: MODULO_MODE,
        POW_PRECISION: POW_PRECISION,
        FORMAT: FORMAT,
        ALPHABET: ALPHABET
      };
    };


    /*
     * Return true if v is a BigNumber instance, otherwise return false.
     *
     * If BigNumber.DEBUG is true, throw if a BigNumber instance is not well-formed.
     *
     * v {any}
     *
     * '[BigNumber Error] Invalid BigNumber: {v}'
     */
    BigNumber.isBigNumber = function (v) {
      if (!v || v._isBigNumber !== true) return false;
      if (!BigNumber.DEBUG) return true;

      var i, n,
        c = v.c,
        e = v.e,
        s = v.s;

      out: if ({}.toString.call(c) == '[object Array]') {

        if ((s === 1 || s === -1) && e >= -MAX && e <= MAX && e === mathfloor(e)) {

          // If the first element is zero, the BigNumber value must be zero.
          if (c[0] === 0) {
            if (e === 0 && c.length === 1) return true;
            break out;
          }

          // Calculate number of digits that c[0] should have, based on the exponent.
          i = (e + 1) % LOG_BASE;
          if (i < 1) i += LOG_BASE;

          // Calculate number of digits of c[0].
          //if (Math.ceil(Math.log(c[0] + 1) / Math.LN10) == i) {
          if (String(c[0]).length == i) {

            for (i = 0; i < c.length; i++) {
              n = c[i];
              if (n < 0 || n >= BASE || n !== mathfloor(n)) break out;
            }

            // Last element cannot be zero, unless it is the only element.
            if (n !== 0) return true;
          }
        }

      // Infinity/NaN
      } else if (c === null && e === null && (s === null || s === 1 || s === -1)) {
        return true;
      }

      throw Error
        (bignumberError + 'Invalid BigNumber: ' + v);
    };


    /*
     * Return a new BigNumber whose value is the maximum of the arguments.
     *
     * arguments {number|string|BigNumber}
     */
    BigNumber.maximum = BigNumber.max = function () {
      return maxOrMin(arguments, -1);
    };


    /*
     * Return a new BigNumber whose value is the minimum of the arguments.
     *
     * arguments {number|string|BigNumber}
     */
    BigNumber.minimum = BigNumber.min = function () {
      return maxOrMin(arguments, 1);
    };


    /*
     * Return a new BigNumber with a random value equal to or greater than 0 and less than 1,
     * and with dp, or DECIMAL_PLACES if dp is omitted, decimal places (or less if trailing
     * zeros are produced).
     *
     * [dp] {number} Decimal places. Integer, 0 to MAX inclusive.
     *
     * '[BigNumber Error] Argument {not a primitive number|not an integer|out of range}: {dp}'
     * '[BigNumber Error] crypto unavailable'
     */
    BigNumber.random = (function () {
      var pow2_53 = 0x20000000000000;

      // Return a 53 bit integer n, where 0 <= n < 9007199254740992.
      // Check if Math.random() produces more than 32 bits of randomness.
      // If it does, assume at least 53 bits are produced, otherwise assume at least 30 bits.
      // 0x40000000 is 2^30, 0x800000 is 2^23, 0x1fffff is 2^21 - 1.
      var random53bitInt = (Math.random() * pow2_53) & 0x1fffff
       ? function () { return mathfloor(Math.random() * pow2_53); }
       : function () { return ((Math.random() * 0x40000000 | 0) * 0x800000) +
         (Math.random() * 0x800000 | 0); };

      return function (dp) {
        var a, b, e, k, v,
          i = 0,
          c = [],
          rand = new BigNumber(ONE);

        if (dp == null) dp = DECIMAL_PLACES;
        else intCheck(dp, 0, MAX);

        k = mathceil(dp / LOG_BASE);

        if (CRYPTO) {

          // Browsers supporting crypto.getRandomValues.
          if (crypto.getRandomValues) {

            a = crypto.getRandomValues(new Uint32Array(k *= 2));

            for (; i < k;) {

              // 53 bits:
              // ((Math.pow(2, 32) - 1) * Math.pow(2, 21)).toString(2)
              // 11111 11111111 11111111 11111111 11100000 00000000 00000000
              // ((Math.pow(2, 32) - 1) >>> 11).toString(2)
              //                                     11111 11111111 11111111
              // 0x20000 is 2^21.
              v = a[i] * 0x20000 + (a[i + 1] >>> 11);

              // Rejection sampling:
              // 0 <= v < 9007199254740992
              // Probability that v >= 9e15, is
              // 7199254740992 / 9007199254740992 ~= 0.0008, i.e. 1 in 1251
              if (v >= 9e15) {
                b = crypto.getRandomValues(new Uint32Array(2));
                a[i] = b[0];
                a[i + 1] = b[1];
              } else {

                // 0 <= v <= 8999999999999999
                // 0 <= (v % 1e14) <= 99999999999999
                c.push(v % 1e14);
                i += 2;
              }
            }
            i = k / 2;

          // Node.js supporting crypto.randomBytes.
          } else if (crypto.randomBytes) {

            // buffer
            a = crypto.randomBytes(k *= 7);

            for (; i < k;) {

              // 0x1000000000000 is 2^48, 0x10000000000 is 2^40
              // 0x100000000 is 2^32, 0x1000000 is 2^24
              // 11111 11111111 11111111 11111111 11111111 11111111 11111111
              // 0 <= v < 9007199254740992
              v = ((a[i] & 31) * 0x1000000000000) + (a[i + 1] * 0x10000000000) +
                 (a[i + 2] * 0x100000000) + (a[i + 3] * 0x1000000) +
                 (a[i + 4] << 16) + (a[i + 5] << 8) + a[i + 6];

              if (v >= 9e15) {
                crypto.randomBytes(7).copy(a, i);
              } else {

                // 0 <= (v % 1e14) <= 99999999999999
                c.push(v % 1e14);
                i += 7;
              }
            }
            i = k / 7;
          } else {
            CRYPTO = false;
            throw Error
             (bignumberError + 'crypto unavailable');
          }
        }

        // Use Math.random.
        if (!CRYPTO) {

          for (; i < k;) {
            v = random53bitInt();
            if (v < 9e15) c[i++] = v % 1e14;
          }
        }

        k = c[--i];
        dp %= LOG_BASE;

        // Convert trailing digits to zeros according to dp.
        if (k && dp) {
          v = POWS_TEN[LOG_BASE - dp];
          c[i] = mathfloor(k / v) * v;
        }

        // Remove trailing elements which are zero.
        for (; c[i] === 0; c.pop(), i--);

        // Zero?
        if (i < 0) {
          c = [e = 0];
        } else {

          // Remove leading elements which are zero and adjust exponent accordingly.
          for (e = -1 ; c[0] === 0; c.splice(0, 1), e -= LOG_BASE);

          // Count the digits of the first element of c to determine leading zeros, and...
          for (i = 1, v = c[0]; v >= 10; v /= 10, i++);

          // adjust the exponent accordingly.
          if (i < LOG_BASE) e -= LOG_BASE - i;
        }

        rand.e = e;
        rand.c = c;
        return rand;
      };
    })();


    /*
     * Return a BigNumber whose value is the sum of the arguments.
     *
     * arguments {number|string|BigNumber}
     */
    BigNumber.sum = function () {
      var i = 1,
        args = arguments,
        sum = new BigNumber(args[0]);
      for (; i < args.length;) sum = sum.plus(args[i++]);
      return sum;
    };


    // PRIVATE FUNCTIONS


    // Called by BigNumber and BigNumber.prototype.toString.
    convertBase = (function () {
      var decimal = '0123456789';

      /*
       * Convert string of baseIn to an array of numbers of baseOut.
       * Eg. toBaseOut('255', 10, 16) returns [15, 15].
       * Eg. toBaseOut('ff', 16, 10) returns [2, 5, 5].
       */
      function toBaseOut(str, baseIn, baseOut, alphabet) {
        var j,
          arr = [0],
          arrL,
          i = 0,
          len = str.length;

        for (; i < len;) {
          for (arrL = arr.length; arrL--; arr[arrL] *= baseIn);

          arr[0] += alphabet.indexOf(str.charAt(i++));

          for (j = 0; j < arr.length; j++) {

            if (arr[j] > baseOut - 1) {
              if (arr[j + 1] == null) arr[j + 1] = 0;
              arr[j + 1] += arr[j] / baseOut | 0;
              arr[j] %= baseOut;
            }
          }
        }

        return arr.reverse();
      }

      // Convert a numeric string of baseIn to a numeric string of baseOut.
      // If the caller is toString, we are converting from base 10 to baseOut.
      // If the caller is BigNumber, we are converting from baseIn to base 10.
      return function (str, baseIn, baseOut, sign, callerIsToString) {
        var alphabet, d, e, k, r, x, xc, y,
          i = str.indexOf('.'),
          dp = DECIMAL_PLACES,
          rm = ROUNDING_MODE;

        // Non-integer.
        if (i >= 0) {
          k = POW_PRECISION;

          // Unlimited precision.
          POW_PRECISION = 0;
          str = str.replace('.', '');
          y = new BigNumber(baseIn);
          x = y.pow(str.length - i);
          POW_PRECISION = k;

          // Convert str as if an integer, then restore the fraction part by dividing the
          // result by its base raised to a power.

          y.c = toBaseOut(toFixedPoint(coeffToString(x.c), x.e, '0'),
           10, baseOut, decimal);
          y.e = y.c.length;
        }

        // Convert the number as integer.

        xc = toBaseOut(str, baseIn, baseOut, callerIsToString
         ? (alphabet = ALPHABET, decimal)
         : (alphabet = decimal, ALPHABET));

        // xc now represents str as an integer and converted to baseOut. e is the exponent.
        e = k = xc.length;

        // Remove trailing zeros.
        for (; xc[--k] == 0; xc.pop());

        // Zero?
        if (!xc[0]) return alphabet.charAt(0);

        // Does str represent an integer? If so, no need for the division.
        if (i < 0) {
          --e;
        } else {
          x.c = xc;
          x.e = e;

          // The sign is needed for correct rounding.
          x.s = sign;
          x = div(x, y, dp, rm, baseOut);
          xc = x.c;
          r = x.r;
          e = x.e;
        }

        // xc now represents str converted to baseOut.

        // The index of the rounding digit.
        d = e + dp + 1;

        // The rounding digit: the digit to the right of the digit that may be rounded up.
        i = xc[d];

        // Look at the rounding digits and mode to determine whether to round up.

        k = baseOut / 2;
        r = r || d < 0 || xc[d + 1] != null;

        r = rm < 4 ? (i != null || r) && (rm == 0 || rm == (x.s < 0 ? 3 : 2))
              : i > k || i == k &&(rm == 4 || r || rm == 6 && xc[d - 1] & 1 ||
               rm == (x.s < 0 ? 8 : 7));

        // If the index of the rounding digit is not greater than zero, or xc represents
        // zero, then the result of the base conversion is zero or, if rounding up, a value
        // such as 0.00001.
        if (d < 1 || !xc[0]) {

          // 1^-dp or 0
          str = r ? toFixedPoint(alphabet.charAt(1), -dp, alphabet.charAt(0)) : alphabet.charAt(0);
        } else {

          // Truncate xc to the required number of decimal places.
          xc.length = d;

          // Round up?
          if (r) {

            // Rounding up may mean the previous digit has to be rounded up and so on.
            for (--baseOut; ++xc[--d] > baseOut;) {
              xc[d] = 0;

              if (!d) {
                ++e;
                xc = [1].concat(xc);
              }
            }
          }

          // Determine trailing zeros.
          for (k = xc.length; !xc[--k];);

          // E.g. [4, 11, 15] becomes 4bf.
          for (i = 0, str = ''; i <= k; str += alphabet.charAt(xc[i++]));

          // Add leading zeros, decimal point and trailing zeros as required.
          str = toFixedPoint(str, e, alphabet.charAt(0));
        }

        // The caller will add the sign.
        return str;
      };
    })();


    // Perform division in the specified base. Called by div and convertBase.
    div = (function () {

      // Assume non-zero x and k.
      function multiply(x, k, base) {
        var m, temp, xlo, xhi,
          carry = 0,
          i = x.length,
          klo = k % SQRT_BASE,
          khi = k / SQRT_BASE | 0;

        for (x = x.slice(); i--;) {
          xlo = x[i] % SQRT_BASE;
          xhi = x[i] / SQRT_BASE | 0;
          m = khi * xlo + xhi * klo;
          temp = klo * xlo + ((m % SQRT_BASE) * SQRT_BASE) + carry;
          carry = (temp / base | 0) + (m / SQRT_BASE | 0) + khi * xhi;
          x[i] = temp % base;
        }

        if (carry) x = [carry].concat(x);

        return x;
      }

      function compare(a, b, aL, bL) {
        var i, cmp;

        if (aL != bL) {
          cmp = aL > bL ? 1 : -1;
        } else {

          for (i = cmp = 0; i < aL; i++) {

            if (a[i] != b[i]) {
              cmp = a[i] > b[i] ? 1 : -1;
              break;
            }
          }
        }

        return cmp;
      }

      function subtract(a, b, aL, base) {
        var i = 0;

        // Subtract b from a.
        for (; aL--;) {
          a[aL] -= i;
          i = a[aL] < b[aL] ? 1 : 0;
          a[aL] = i * base + a[aL] - b[aL];
        }

        // Remove leading zeros.
        for (; !a[0] && a.length > 1; a.splice(0, 1));
      }

      // x: dividend, y: divisor.
      return function (x, y, dp, rm, base) {
        var cmp, e, i, more, n, prod, prodL, q, qc, rem, remL, rem0, xi, xL, yc0,
          yL, yz,
          s = x.s == y.s ? 1 : -1,
          xc = x.c,
          yc = y.c;

        // Either NaN, Infinity or 0?
        if (!xc || !xc[0] || !yc || !yc[0]) {

          return new BigNumber(

           // Return NaN if either NaN, or both Infinity or 0.
           !x.s || !y.s || (xc ? yc && xc[0] == yc[0] : !yc) ? NaN :

            // Return ±0 if x is ±0 or y is ±Infinity, or return ±Infinity as y is ±0.
            xc && xc[0] == 0 || !yc ? s * 0 : s / 0
         );
        }

        q = new BigNumber(s);
        qc = q.c = [];
        e = x.e - y.e;
        s = dp + e + 1;

        if (!base) {
          base = BASE;
          e = bitFloor(x.e / LOG_BASE) - bitFloor(y.e / LOG_BASE);
          s = s / LOG_BASE | 0;
        }

        // Result exponent may be one less then the current value of e.
        // The coefficients of the BigNumbers from convertBase may have trailing zeros.
        for (i = 0; yc[i] == (xc[i] || 0); i++);

        if (yc[i] > (xc[i] || 0)) e--;

        if (s < 0) {
          qc.push(1);
          more = true;
        } else {
          xL = xc.length;
          yL = yc.length;
          i = 0;
          s += 2;

          // Normalise xc and yc so highest order digit of yc is >= base / 2.

          n = mathfloor(base / (yc[0] + 1));

          // Not necessary, but to handle odd bases where yc[0] == (base / 2) - 1.
          // if (n > 1 || n++ == 1 && yc[0] < base / 2) {
          if (n > 1) {
            yc = multiply(yc, n, base);
            xc = multiply(xc, n, base);
            yL = yc.length;
            xL = xc.length;
          }

          xi = yL;
          rem = xc.slice(0, yL);
          remL = rem.length;

          // Add zeros to make remainder as long as divisor.
          for (; remL < yL; rem[remL++] = 0);
          yz = yc.slice();
          yz = [0].concat(yz);
          yc0 = yc[0];
          if (yc[1] >= base / 2) yc0++;
          // Not necessary, but to prevent trial digit n > base, when using base 3.
          // else if (base == 3 && yc0 == 1) yc0 = 1 + 1e-15;

          do {
            n = 0;

            // Compare divisor and remainder.
            cmp = compare(yc, rem, yL, remL);

            // If divisor < remainder.
            if (cmp < 0) {

              // Calculate trial digit, n.

              rem0 = rem[0];
              if (yL != remL) rem0 = rem0 * base + (rem[1] || 0);

              // n is how many times the divisor goes into the current remainder.
              n = mathfloor(rem0 / yc0);

              //  Algorithm:
              //  product = divisor multiplied by trial digit (n).
              //  Compare product and remainder.
              //  If product is greater than remainder:
              //    Subtract divisor from product, decrement trial digit.
              //  Subtract product from remainder.
              //  If product was less than remainder at the last compare:
              //    Compare new remainder and divisor.
              //    If remainder is greater than divisor:
              //      Subtract divisor from remainder, increment trial digit.

              if (n > 1) {

                // n may be > base only when base is 3.
                if (n >= base) n = base - 1;

                // product = divisor * trial digit.
                prod = multiply(yc, n, base);
                prodL = prod.length;
                remL = rem.length;

                // Compare product and remainder.
                // If product > remainder then trial digit n too high.
                // n is 1 too high about 5% of the time, and is not known to have
                // ever been more than 1 too high.
                while (compare(prod, rem, prodL, remL) == 1) {
                  n--;

                  // Subtract divisor from product.
                  subtract(prod, yL < prodL ? yz : yc, prodL, base);
                  prodL = prod.length;
                  cmp = 1;
                }
              } else {

                // n is 0 or 1, cmp is -1.
                // If n is 0, there is no need to compare yc and rem again below,
                // so change cmp to 1 to avoid it.
                // If n is 1, leave cmp as -1, so yc and rem are compared again.
                if (n == 0) {

                  // divisor < remainder, so n must be at least 1.
                  cmp = n = 1;
                }

                // product = divisor
                prod = yc.slice();
                prodL = prod.length;
              }

              if (prodL < remL) prod = [0].concat(prod);

              // Subtract product from remainder.
              subtract(rem, prod, remL, base);
              remL = rem.length;

               // If product was < remainder.
              if (cmp == -1) {

                // Compare divisor and new remainder.
                // If divisor < new remainder, subtract divisor from remainder.
                // Trial digit n too low.
                // n is 1 too low about 5% of the time, and very rarely 2 too low.
                while (compare(yc, rem, yL, remL) < 1) {
                  n++;

                  // Subtract divisor from remainder.
                  subtract(rem, yL < remL ? yz : yc, remL, base);
                  remL = rem.length;
                }
              }
            } else if (cmp === 0) {
              n++;
              rem = [0];
            } // else cmp === 1 and n will be 0

            // Add the next digit, n, to the result array.
            qc[i++] = n;

            // Update the remainder.
            if (rem[0]) {
              rem[remL++] = xc[xi] || 0;
            } else {
              rem = [xc[xi]];
              remL = 1;
            }
          } while ((xi++ < xL || rem[0] != null) && s--);

          more = rem[0] != null;

          // Leading zero?
          if (!qc[0]) qc.splice(0, 1);
        }

        if (base == BASE) {

          // To calculate q.e, first get the number of digits of qc[0].
          for (i = 1, s = qc[0]; s >= 10; s /= 10, i++);

          round(q, dp + (q.e = i + e * LOG_BASE - 1) + 1, rm, more);

        // Caller is convertBase.
        } else {
          q.e = e;
          q.r = +more;
        }

        return q;
      };
    })();


    /*
     * Return a string representing the value of BigNumber n in fixed-point or exponential
     * notation rounded to the specified decimal places or significant digits.
     *
     * n: a BigNumber.
     * i: the index of the last digit required (i.e. the digit that may be rounded up).
     * rm: the rounding mode.
     * id: 1 (toExponential) or 2 (toPrecision).
     */
    function format(n, i, rm, id) {
      var c0, e, ne, len, str;

      if (rm == null) rm = ROUNDING_MODE;
      else intCheck(rm, 0, 8);

      if (!n.c) return n.toString();

      c0 = n.c[0];
      ne = n.e;

      if (i == null) {
        str = coeffToString(n.c);
        str = id == 1 || id == 2 && (ne <= TO_EXP_NEG || ne >= TO_EXP_POS)
         ? toExponential(str, ne)
         : toFixedPoint(str, ne, '0');
      } else {
        n = round(new BigNumber(n), i, rm);

        // n.e may have changed if the value was rounded up.
        e = n.e;

        str = coeffToString(n.c);
        len = str.length;

        // toPrecision returns exponential notation if the number of significant digits
        // specified is less than the number of digits necessary to represent the integer
        // part of the value in fixed-point notation.

        // Exponential notation.
        if (id == 1 || id == 2 && (i <= e || e <= TO_EXP_NEG)) {

          // Append zeros?
          for (; len < i; str += '0', len++);
          str = toExponential(str, e);

        // Fixed-point notation.
        } else {
          i -= ne + (id === 2 && e > ne);
          str = toFixedPoint(str, e, '0');

          // Append zeros?
          if (e + 1 > len) {
            if (--i > 0) for (str += '.'; i--; str += '0');
          } else {
            i += e - len;
            if (i > 0) {
              if (e + 1 == len) str += '.';
              for (; i--; str += '0');
            }
          }
        }
      }

      return n.s < 0 && c0 ? '-' + str : str;
    }


    // Handle BigNumber.max and BigNumber.min.
    // If any number is NaN, return NaN.
    function maxOrMin(args, n) {
      var k, y,
        i = 1,
        x = new BigNumber(args[0]);

      for (; i < args.length; i++) {
        y = new BigNumber(args[i]);
        if (!y.s || (k = compare(x, y)) === n || k === 0 && x.s === n) {
          x = y;
        }
      }

      return x;
    }


    /*
     * Strip trailing zeros, calculate base 10 exponent and check against MIN_EXP and MAX_EXP.
     * Called by minus, plus and times.
     */
    function normalise(n, c, e) {
      var i = 1,
        j = c.length;

       // Remove trailing zeros.
      for (; !c[--j]; c.pop());

      // Calculate the base 10 exponent. First get the number of digits of c[0].
      for (j = c[0]; j >= 10; j /= 10, i++);

      // Overflow?
      if ((e = i + e * LOG_BASE - 1) > MAX_EXP) {

        // Infinity.
        n.c = n.e = null;

      // Underflow?
      } else if (e < MIN_EXP) {

        // Zero.
        n.c = [n.e = 0];
      } else {
        n.e = e;
        n.c = c;
      }

      return n;
    }


    // Handle values that fail the validity test in BigNumber.
    parseNumeric = (function () {
      var basePrefix = /^(-?)0([xbo])(?=\w[\w.]*$)/i,
        dotAfter = /^([^.]+)\.$/,
        dotBefore = /^\.([^.]+)$/,
        isInfinityOrNaN = /^-?(Infinity|NaN)$/,
        whitespaceOrPlus = /^\s*\+(?=[\w.])|^\s+|\s+$/g;

      return function (x, str, isNum, b) {
        var base,
          s = isNum ? str : str.replace(whitespaceOrPlus, '');

        // No exception on ±Infinity or NaN.
        if (isInfinityOrNaN.test(s)) {
          x.s = isNaN(s) ? null : s < 0 ? -1 : 1;
        } else {
          if (!isNum) {

            // basePrefix = /^(-?)0([xbo])(?=\w[\w.]*$)/i
            s = s.replace(basePrefix, function (m, p1, p2) {
              base = (p2 = p2.toLowerCase()) == 'x' ? 16 : p2 == 'b' ? 2 : 8;
              return !b || b == base ? p1 : m;
            });

            if (b) {
              base = b;

              // E.g. '1.' to '1', '.1' to '0.1'
              s = s.replace(dotAfter, '$1').replace(dotBefore, '0.$1');
            }

            if (str != s) return new BigNumber(s, base);
          }

          // '[BigNumber Error] Not a number: {n}'
          // '[BigNumber Error] Not a base {b} number: {n}'
          if (BigNumber.DEBUG) {
            throw Error
              (bignumberError + 'Not a' + (b ? ' base ' + b : '') + ' number: ' + str);
          }

          // NaN
          x.s = null;
        }

        x.c = x.e = null;
      }
    })();


    /*
     * Round x to sd significant digits using rounding mode rm. Check for over/under-flow.
     * If r is truthy, it is known that there are more digits after the rounding digit.
     */
    function round(x, sd, rm, r) {
      var d, i, j, k, n, ni, rd,
        xc = x.c,
        pows10 = POWS_TEN;

      // if x is not Infinity or NaN...
      if (xc) {

        // rd is the rounding digit, i.e. the digit after the digit that may be rounded up.
        // n is a base 1e14 number, the value of the element of array x.c containing rd.
        // ni is the index of n within x.c.
        // d is the number of digits of n.
        // i is the index of rd within n including leading zeros.
        // j is the actual index of rd within n (if < 0, rd is a leading zero).
        out: {

          // Get the number of digits of the first element of xc.
          for (d = 1, k = xc[0]; k >= 10; k /= 10, d++);
          i = sd - d;

          // If the rounding digit is in the first element of xc...
          if (i < 0) {
            i += LOG_BASE;
            j = sd;
            n = xc[ni = 0];

            // Get the rounding digit at index j of n.
            rd = mathfloor(n / pows10[d - j - 1] % 10);
          } else {
            ni = mathceil((i + 1) / LOG_BASE);

            if (ni >= xc.length) {

              if (r) {

                // Needed by sqrt.
                for (; xc.length <= ni; xc.push(0));
                n = rd = 0;
                d = 1;
                i %= LOG_BASE;
                j = i - LOG_BASE + 1;
              } else {
                break out;
              }
            } else {
              n = k = xc[ni];

              // Get the number of digits of n.
              for (d = 1; k >= 10; k /= 10, d++);

              // Get the index of rd within n.
              i %= LOG_BASE;

              // Get the index of rd within n, adjusted for leading zeros.
              // The number of leading zeros of n is given by LOG_BASE - d.
              j = i - LOG_BASE + d;

              // Get the rounding digit at index j of n.
              rd = j < 0 ? 0 : mathfloor(n / pows10[d - j - 1] % 10);
            }
          }

          r = r || sd < 0 ||

          // Are there any non-zero digits after the rounding digit?
          // The expression  n % pows10[d - j - 1]  returns all digits of n to the right
          // of the digit at j, e.g. if n is 908714 and j is 2, the expression gives 714.
           xc[ni + 1] != null || (j < 0 ? n : n % pows10[d - j - 1]);

          r = rm < 4
           ? (rd || r) && (rm == 0 || rm == (x.s < 0 ? 3 : 2))
           : rd > 5 || rd == 5 && (rm == 4 || r || rm == 6 &&

            // Check whether the digit to the left of the rounding digit is odd.
            ((i > 0 ? j > 0 ? n / pows10[d - j] : 0 : xc[ni - 1]) % 10) & 1 ||
             rm == (x.s < 0 ? 8 : 7));

          if (sd < 1 || !xc[0]) {
            xc.length = 0;

            if (r) {

              // Convert sd to decimal places.
              sd -= x.e + 1;

              // 1, 0.1, 0.01, 0.001, 0.0001 etc.
              xc[0] = pows10[(LOG_BASE - sd % LOG_BASE) % LOG_BASE];
              x.e = -sd || 0;
            } else {

              // Zero.
              xc[0] = x.e = 0;
            }

            return x;
          }

          // Remove excess digits.
          if (i == 0) {
            xc.length = ni;
            k = 1;
            ni--;
          } else {
            xc.length = ni + 1;
            k = pows10[LOG_BASE - i];

            // E.g. 56700 becomes 56000 if 7 is the rounding digit.
            // j > 0 means i > number of leading zeros of n.
            xc[ni] = j > 0 ? mathfloor(n / pows10[d - j] % pows10[j]) * k : 0;
          }

          // Round up?
          if (r) {

            for (; ;) {

              // If the digit to be rounded up is in the first element of xc...
              if (ni == 0) {

                // i will be the length of xc[0] before k is added.
                for (i = 1, j = xc[0]; j >= 10; j /= 10, i++);
                j = xc[0] += k;
                for (k = 1; j >= 10; j /= 10, k++);

                // if i != k the length has increased.
                if (i != k) {
                  x.e++;
                  if (xc[0] == BASE) xc[0] = 1;
                }

                break;
              } else {
                xc[ni] += k;
                if (xc[ni] != BASE) break;
                xc[ni--] = 0;
                k = 1;
              }
            }
          }

          // Remove trailing zeros.
          for (i = xc.length; xc[--i] === 0; xc.pop());
        }

        // Overflow? Infinity.
        if (x.e > MAX_EXP) {
          x.c = x.e = null;

        // Underflow? Zero.
        } else if (x.e < MIN_EXP) {
          x.c = [x.e = 0];
        }
      }

      return x;
    }


    function valueOf(n) {
      var str,
        e = n.e;

      if (e === null) return n.toString();

      str = coeffToString(n.c);

      str = e <= TO_EXP_NEG || e >= TO_EXP_POS
        ? toExponential(str, e)
        : toFixedPoint(str, e, '0');

      return n.s < 0 ? '-' + str : str;
    }


    // PROTOTYPE/INSTANCE METHODS


    /*
     * Return a new BigNumber whose value is the absolute value of this BigNumber.
     */
    P.absoluteValue = P.abs = function () {
      var x = new BigNumber(this);
      if (x.s < 0) x.s = 1;
      return x;
    };


    /*
     * Return
     *   1 if the value of this BigNumber is greater than the value of BigNumber(y, b),
     *   -1 if the value of this BigNumber is less than the value of BigNumber(y, b),
     *   0 if they have the same value,
     *   or null if the value of either is NaN.
     */
    P.comparedTo = function (y, b) {
      return compare(this, new BigNumber(y, b));
    };


    /*
     * If dp is undefined or null or true or false, return the number of decimal places of the
     * value of this BigNumber, or null if the value of this BigNumber is ±Infinity or NaN.
     *
     * Otherwise, if dp is a number, return a new BigNumber whose value is the value of this
     * BigNumber rounded to a maximum of dp decimal places using rounding mode rm, or
     * ROUNDING_MODE if rm is omitted.
     *
     * [dp] {number} Decimal places: integer, 0 to MAX inclusive.
     * [rm] {number} Rounding mode. Integer, 0 to 8 inclusive.
     *
     * '[BigNumber Error] Argument {not a primitive number|not an integer|out of range}: {dp|rm}'
     */
    P.decimalPlaces = P.dp = function (dp, rm) {
      var c, n, v,
        x = this;

      if (dp != null) {
        intCheck(dp, 0, MAX);
        if (rm == null) rm = ROUNDING_MODE;
        else intCheck(rm, 0, 8);

        return round(new BigNumber(x), dp + x.e + 1, rm);
      }

      if (!(c = x.c)) return null;
      n = ((v = c.length - 1) - bitFloor(this.e / LOG_BASE)) * LOG_BASE;

      // Subtract the number of trailing zeros of the last number.
      if (v = c[v]) for (; v % 10 == 0; v /= 10, n--);
      if (n < 0) n = 0;

      return n;
    };


    /*
     *  n / 0 = I
     *  n / N = N
     *  n / I = 0
     *  0 / n = 0
     *  0 / 0 = N
     *  0 / N = N
     *  0 / I = 0
     *  N / n = N
     *  N / 0 = N
     *  N / N = N
     *  N / I = N
     *  I / n = I
     *  I / 0 = I
     *  I / N = N
     *  I / I = N
     *
     * Return a new BigNumber whose value is the value of this BigNumber divided by the value of
     * BigNumber(y, b), rounded according to DECIMAL_PLACES and ROUNDING_MODE.
     */
    P.dividedBy = P.div = function (y, b) {
      return div(this, new BigNumber(y, b), DECIMAL_PLACES, ROUNDING_MODE);
    };


    /*
     * Return a new BigNumber whose value is the integer part of dividing the value of this
     * BigNumber by the value of BigNumber(y, b).
     */
    P.dividedToIntegerBy = P.idiv = function (y, b) {
      return div(this, new BigNumber(y, b), 0, 1);
    };


    /*
     * Return a BigNumber whose value is the value of this BigNumber exponentiated by n.
     *
     * If m is present, return the result modulo m.
     * If n is negative round according to DECIMAL_PLACES and ROUNDING_MODE.
     * If POW_PRECISION is non-zero and m is not present, round to POW_PRECISION using ROUNDING_MODE.
     *
     * The modular power operation works efficiently when x, n, and m are integers, otherwise it
     * is equivalent to calculating x.exponentiatedBy(n).modulo(m) with a POW_PRECISION of 0.
     *
     * n {number|string|BigNumber} The exponent. An integer.
     * [m] {number|string|BigNumber} The modulus.
     *
     * '[BigNumber Error] Exponent not an integer: {n}'
     */
    P.exponentiatedBy = P.pow = function (n, m) {
      var half, isModExp, i, k, more, nIsBig, nIsNeg, nIsOdd, y,
        x = this;

      n = new BigNumber(n);

      // Allow NaN and ±Infinity, but not other non-integers.
      if (n.c && !n.isInteger()) {
        throw Error
          (bignumberError + 'Exponent not an integer: ' + valueOf(n));
      }

      if (m != null) m = new BigNumber(m);

      // Exponent of MAX_SAFE_INTEGER is 15.
      nIsBig = n.e > 14;

      // If x is NaN, ±Infinity, ±0 or ±1, or n is ±Infinity, NaN or ±0.
      if (!x.c || !x.c[0] || x.c[0] == 1 && !x.e && x.c.length == 1 || !n.c || !n.c[0]) {

        // The sign of the result of pow when x is negative depends on the evenness of n.
        // If +n overflows to ±Infinity, the evenness of n would be not be known.
        y = new BigNumber(Math.pow(+valueOf(x), nIsBig ? n.s * (2 - isOdd(n)) : +valueOf(n)));
        return m ? y.mod(m) : y;
      }

      nIsNeg = n.s < 0;

      if (m) {

        // x % m returns NaN if abs(m) is zero, or m is NaN.
        if (m.c ? !m.c[0] : !m.s) return new BigNumber(NaN);

        isModExp = !nIsNeg && x.isInteger() && m.isInteger();

        if (isModExp) x = x.mod(m);

      // Overflow to ±Infinity: >=2**1e10 or >=1.0000024**1e15.
      // Underflow to ±0: <=0.79**1e10 or <=0.9999975**1e15.
      } else if (n.e > 9 && (x.e > 0 || x.e < -1 || (x.e == 0
        // [1, 240000000]
        ? x.c[0] > 1 || nIsBig && x.c[1] >= 24e7
        // [80000000000000]  [99999750000000]
        : x.c[0] < 8e13 || nIsBig && x.c[0] <= 9999975e7))) {

        // If x is negative and n is odd, k = -0, else k = 0.
        k = x.s < 0 && isOdd(n) ? -0 : 0;

        // If x >= 1, k = ±Infinity.
        if (x.e > -1) k = 1 / k;

        // If n is negative return ±0, else return ±Infinity.
        return new BigNumber(nIsNeg ? 1 / k : k);

      } else if (POW_PRECISION) {

        // Truncating each coefficient array to a length of k after each multiplication
        // equates to truncating significant digits to POW_PRECISION + [28, 41],
        // i.e. there will be a minimum of 28 guard digits retained.
        k = mathceil(POW_PRECISION / LOG_BASE + 2);
      }

      if (nIsBig) {
        half = new BigNumber(0.5);
        if (nIsNeg) n.s = 1;
        nIsOdd = isOdd(n);
      } else {
        i = Math.abs(+valueOf(n));
        nIsOdd = i % 2;
      }

      y = new BigNumber(ONE);

      // Performs 54 loop iterations for n of 9007199254740991.
      for (; ;) {

        if (nIsOdd) {
          y = y.times(x);
          if (!y.c) break;

          if (k) {
            if (y.c.length > k) y.c.length = k;
          } else if (isModExp) {
            y = y.mod(m);    //y = y.minus(div(y, m, 0, MODULO_MODE).times(m));
          }
        }

        if (i) {
          i = mathfloor(i / 2);
          if (i === 0) break;
          nIsOdd = i % 2;
        } else {
          n = n.times(half);
          round(n, n.e + 1, 1);

          if (n.e > 14) {
            nIsOdd = isOdd(n);
          } else {
            i = +valueOf(n);
            if (i === 0) break;
            nIsOdd = i % 2;
          }
        }

        x = x.times(x);

        if (k) {
          if (x.c && x.c.length > k) x.c.length = k;
        } else if (isModExp) {
          x = x.mod(m);    //x = x.minus(div(x, m, 0, MODULO_MODE).times(m));
        }
      }

      if (isModExp) return y;
      if (nIsNeg) y = ONE.div(y);

      return m ? y.mod(m) : k ? round(y, POW_PRECISION, ROUNDING_MODE, more) : y;
    };


    /*
     * Return a new BigNumber whose value is the value of this BigNumber rounded to an integer
     * using rounding mode rm, or ROUNDING_MODE if rm is omitted.
     *
     * [rm] {number} Rounding mode. Integer, 0 to 8 inclusive.
     *
     * '[BigNumber Error] Argument {not a primitive number|not an integer|out of range}: {rm}'
     */
    P.integerValue = function (rm) {
      var n = new BigNumber(this);
      if (rm == null) rm = ROUNDING_MODE;
      else intCheck(rm, 0, 8);
      return round(n, n.e + 1, rm);
    };


    /*
     * Return true if the value of this BigNumber is equal to the value of BigNumber(y, b),
     * otherwise return false.
     */
    P.isEqualTo = P.eq = function (y, b) {
      return compare(this, new BigNumber(y, b)) === 0;
    };


    /*
     * Return true if the value of this BigNumber is a finite number, otherwise return false.
     */
    P.isFinite = function () {
      return !!this.c;
    };


    /*
     * Return true if the value of this BigNumber is greater than the value of BigNumber(y, b),
     * otherwise return false.
     */
    P.isGreaterThan = P.gt = function (y, b) {
      return compare(this, new BigNumber(y, b)) > 0;
    };


    /*
     * Return true if the value of this BigNumber is greater than or equal to the value of
     * BigNumber(y, b), otherwise return false.
     */
    P.isGreaterThanOrEqualTo = P.gte = function (y, b) {
      return (b = compare(this, new BigNumber(y, b))) === 1 || b === 0;

    };


    /*
     * Return true if the value of this BigNumber is an integer, otherwise return false.
     */
    P.isInteger = function () {
      return !!this.c && bitFloor(this.e / LOG_BASE) > this.c.length - 2;
    };


    /*
     * Return true if the value of this BigNumber is less than the value of BigNumber(y, b),
     * otherwise return false.
     */
    P.isLessThan = P.lt = function (y, b) {
      return compare(this, new BigNumber(y, b)) < 0;
    };


    /*
     * Return true if the value of this BigNumber is less than or equal to the value of
     * BigNumber(y, b), otherwise return false.
     */
    P.isLessThanOrEqualTo = P.lte = function (y, b) {
      return (b = compare(this, new BigNumber(y, b))) === -1 || b === 0;
    };


    /*
     * Return true if the value of this BigNumber is NaN, otherwise return false.
     */
    P.isNaN = function () {
      return !this.s;
    };


    /*
     * Return true if the value of this BigNumber is negative, otherwise return false.
     */
    P.isNegative = function () {
      return this.s < 0;
    };


    /*
     * Return true if the value of this BigNumber is positive, otherwise return false.
     */
    P.isPositive = function () {
      return this.s > 0;
    };


    /*
     * Return true if the value of this BigNumber is 0 or -0, otherwise return false.
     */
    P.isZero = function () {
      return !!this.c && this.c[0] == 0;
    };


    /*
     *  n - 0 = n
     *  n - N = N
     *  n - I = -I
     *  0 - n = -n
     *  0 - 0 = 0
     *  0 - N = N
     *  0 - I = -I
     *  N - n = N
     *  N - 0 = N
     *  N - N = N
     *  N - I = N
     *  I - n = I
     *  I - 0 = I
     *  I - N = N
     *  I - I = N
     *
     * Return a new BigNumber whose value is the value of this BigNumber minus the value of
     * BigNumber(y, b).
     */
    P.minus = function (y, b) {
      var i, j, t, xLTy,
        x = this,
        a = x.s;

      y = new BigNumber(y, b);
      b = y.s;

      // Either NaN?
      if (!a || !b) return new BigNumber(NaN);

      // Signs differ?
      if (a != b) {
        y.s = -b;
        return x.plus(y);
      }

      var xe = x.e / LOG_BASE,
        ye = y.e / LOG_BASE,
        xc = x.c,
        yc = y.c;

      if (!xe || !ye) {

        // Either Infinity?
        if (!xc || !yc) return xc ? (y.s = -b, y) : new BigNumber(yc ? x : NaN);

        // Either zero?
        if (!xc[0] || !yc[0]) {

          // Return y if y is non-zero, x if x is non-zero, or zero if both are zero.
          return yc[0] ? (y.s = -b, y) : new BigNumber(xc[0] ? x :

           // IEEE 754 (2008) 6.3: n - n = -0 when rounding to -Infinity
           ROUNDING_MODE == 3 ? -0 : 0);
        }
      }

      xe = bitFloor(xe);
      ye = bitFloor(ye);
      xc = xc.slice();

      // Determine which is the bigger number.
      if (a = xe - ye) {

        if (xLTy = a < 0) {
          a = -a;
          t = xc;
        } else {
          ye = xe;
          t = yc;
        }

        t.reverse();

        // Prepend zeros to equalise exponents.
        for (b = a; b--; t.push(0));
        t.reverse();
      } else {

        // Exponents equal. Check digit by digit.
        j = (xLTy = (a = xc.length) < (b = yc.length)) ? a : b;

        for (a = b = 0; b < j; b++) {

          if (xc[b] != yc[b]) {
            xLTy = xc[b] < yc[b];
            break;
          }
        }
      }

      // x < y? Point xc to the array of the bigger number.
      if (xLTy) {
        t = xc;
        xc = yc;
        yc = t;
        y.s = -y.s;
      }

      b = (j = yc.length) - (i = xc.length);

      // Append zeros to xc if shorter.
      // No need to add zeros to yc if shorter as subtract only needs to start at yc.length.
      if (b > 0) for (; b--; xc[i++] = 0);
      b = BASE - 1;

      // Subtract yc from xc.
      for (; j > a;) {

        if (xc[--j] < yc[j]) {
          for (i = j; i && !xc[--i]; xc[i] = b);
          --xc[i];
          xc[j] += BASE;
        }

        xc[j] -= yc[j];
      }

      // Remove leading zeros and adjust exponent accordingly.
      for (; xc[0] == 0; xc.splice(0, 1), --ye);

      // Zero?
      if (!xc[0]) {

        // Following IEEE 754 (2008) 6.3,
        // n - n = +0  but  n - n = -0  when rounding towards -Infinity.
        y.s = ROUNDING_MODE == 3 ? -1 : 1;
        y.c = [y.e = 0];
        return y;
      }

      // No need to check for Infinity as +x - +y != Infinity && -x - -y != Infinity
      // for finite x and y.
      return normalise(y, xc, ye);
    };


    /*
     *   n % 0 =  N
     *   n % N =  N
     *   n % I =  n
     *   0 % n =  0
     *  -0 % n = -0
     *   0 % 0 =  N
     *   0 % N =  N
     *   0 % I =  0
     *   N % n =  N
     *   N % 0 =  N
     *   N % N =  N
     *   N % I =  N
     *   I % n =  N
     *   I % 0 =  N
     *   I % N =  N
     *   I % I =  N
     *
     * Return a new BigNumber whose value is the value of this BigNumber modulo the value of
     * BigNumber(y, b). The result depends on the value of MODULO_MODE.
     */
    P.modulo = P.mod = function (y, b) {
      var q, s,
        x = this;

      y = new BigNumber(y, b);

      // Return NaN if x is Infinity or NaN, or y is NaN or zero.
      if (!x.c || !y.s || y.c && !y.c[0]) {
        return new BigNumber(NaN);

      // Return x if y is Infinity or x is zero.
      } else if (!y.c || x.c && !x.c[0]) {
        return new BigNumber(x);
      }

      if (MODULO_MODE == 9) {

        // Euclidian division: q = sign(y) * floor(x / abs(y))
        // r = x - qy    where  0 <= r < abs(y)
        s = y.s;
        y.s = 1;
        q = div(x, y, 0, 3);
        y.s = s;
        q.s *= s;
      } else {
        q = div(x, y, 0, MODULO_MODE);
      }

      y = x.minus(q.times(y));

      // To match JavaScript %, ensure sign of zero is sign of dividend.
      if (!y.c[0] && MODULO_MODE == 1) y.s = x.s;

      return y;
    };


    /*
     *  n * 0 = 0
     *  n * N = N
     *  n * I = I
     *  0 * n = 0
     *  0 * 0 = 0
     *  0 * N = N
     *  0 * I = N
     *  N * n = N
     *  N * 0 = N
     *  N * N = N
     *  N * I = N
     *  I * n = I
     *  I * 0 = N
     *  I * N = N
     *  I * I = I
     *
     * Return a new BigNumber whose value is the value of this BigNumber multiplied by the value
     * of BigNumber(y, b).
     */
    P.multipliedBy = P.times = function (y, b) {
      var c, e, i, j, k, m, xcL, xlo, xhi, ycL, ylo, yhi, zc,
        base, sqrtBase,
        x = this,
        xc = x.c,
        yc = (y = new BigNumber(y, b)).c;

      // Either NaN, ±Infinity or ±0?
      if (!xc || !yc || !xc[0] || !yc[0]) {

        // Return NaN if either is NaN, or one is 0 and the other is Infinity.
        if (!x.s || !y.s || xc && !xc[0] && !yc || yc && !yc[0] && !xc) {
          y.c = y.e = y.s = null;
        } else {
          y.s *= x.s;

          // Return ±Infinity if either is ±Infinity.
          if (!xc || !yc) {
            y.c = y.e = null;

          // Return ±0 if either is ±0.
          } else {
            y.c = [0];
            y.e = 0;
          }
        }

        return y;
      }

      e = bitFloor(x.e / LOG_BASE) + bitFloor(y.e / LOG_BASE);
      y.s *= x.s;
      xcL = xc.length;
      ycL = yc.length;

      // Ensure xc points to longer array and xcL to its length.
      if (xcL < ycL) {
        zc = xc;
        xc = yc;
        yc = zc;
        i = xcL;
        xcL = ycL;
        ycL = i;
      }

      // Initialise the result array with zeros.
      for (i = xcL + ycL, zc = []; i--; zc.push(0));

      base = BASE;
      sqrtBase = SQRT_BASE;

      for (i = ycL; --i >= 0;) {
        c = 0;
        ylo = yc[i] % sqrtBase;
        yhi = yc[i] / sqrtBase | 0;

        for (k = xcL, j = i + k; j > i;) {
          xlo = xc[--k] % sqrtBase;
          xhi = xc[k] / sqrtBase | 0;
          m = yhi * xlo + xhi * ylo;
          xlo = ylo * xlo + ((m % sqrtBase) * sqrtBase) + zc[j] + c;
          c = (xlo / base | 0) + (m / sqrtBase | 0) + yhi * xhi;
          zc[j--] = xlo % base;
        }

        zc[j] = c;
      }

      if (c) {
        ++e;
      } else {
        zc.splice(0, 1);
      }

      return normalise(y, zc, e);
    };


    /*
     * Return a new BigNumber whose value is the value of this BigNumber negated,
     * i.e. multiplied by -1.
     */
    P.negated = function () {
      var x = new BigNumber(this);
      x.s = -x.s || null;
      return x;
    };


    /*
     *  n + 0 = n
     *  n + N = N
     *  n + I = I
     *  0 + n = n
     *  0 + 0 = 0
     *  0 + N = N
     *  0 + I = I
     *  N + n = N
     *  N + 0 = N
     *  N + N = N
     *  N + I = N
     *  I + n = I
     *  I + 0 = I
     *  I + N = N
     *  I + I = I
     *
     * Return a new BigNumber whose value is the value of this BigNumber plus the value of
     * BigNumber(y, b).
     */
    P.plus = function (y, b) {
      var t,
        x = this,
        a = x.s;

      y = new BigNumber(y, b);
      b = y.s;

      // Either NaN?
      if (!a || !b) return new BigNumber(NaN);

      // Signs differ?
       if (a != b) {
        y.s = -b;
        return x.minus(y);
      }

      var xe = x.e / LOG_BASE,
        ye = y.e / LOG_BASE,
        xc = x.c,
        yc = y.c;

      if (!xe || !ye) {

        // Return ±Infinity if either ±Infinity.
        if (!xc || !yc) return new BigNumber(a / 0);

        // Either zero?
        // Return y if y is non-zero, x if x is non-zero, or zero if both are zero.
        if (!xc[0] || !yc[0]) return yc[0] ? y : new BigNumber(xc[0] ? x : a * 0);
      }

      xe = bitFloor(xe);
      ye = bitFloor(ye);
      xc = xc.slice();

      // Prepend zeros to equalise exponents. Faster to use reverse then do unshifts.
      if (a = xe - ye) {
        if (a > 0) {
          ye = xe;
          t = yc;
        } else {
          a = -a;
          t = xc;
        }

        t.reverse();
        for (; a--; t.push(0));
        t.reverse();
      }

      a = xc.length;
      b = yc.length;

      // Point xc to the longer array, and b to the shorter length.
      if (a - b < 0) {
        t = yc;
        yc = xc;
        xc = t;
        b = a;
      }

      // Only start adding at yc.length - 1 as the further digits of xc can be ignored.
      for (a = 0; b;) {
        a = (xc[--b] = xc[b] + yc[b] + a) / BASE | 0;
        xc[b] = BASE === xc[b] ? 0 : xc[b] % BASE;
      }

      if (a) {
        xc = [a].concat(xc);
        ++ye;
      }

      // No need to check for zero, as +x + +y != 0 && -x + -y != 0
      // ye = MAX_EXP + 1 possible
      return normalise(y, xc, ye);
    };


    /*
     * If sd is undefined or null or true or false, return the number of significant digits of
     * the value of this BigNumber, or null if the value of this BigNumber is ±Infinity or NaN.
     * If sd is true include integer-part trailing zeros in the count.
     *
     * Otherwise, if sd is a number, return a new BigNumber whose value is the value of this
     * BigNumber rounded to a maximum of sd significant digits using rounding mode rm, or
     * ROUNDING_MODE if rm is omitted.
     *
     * sd {number|boolean} number: significant digits: integer, 1 to MAX inclusive.
     *                     boolean: whether to count integer-part trailing zeros: true or false.
     * [rm] {number} Rounding mode. Integer, 0 to 8 inclusive.
     *
     * '[BigNumber Error] Argument {not a primitive number|not an integer|out of range}: {sd|rm}'
     */
    P.precision = P.sd = function (sd, rm) {
      var c, n, v,
        x = this;

      if (sd != null && sd !== !!sd) {
        intCheck(sd, 1, MAX);
        if (rm == null) rm = ROUNDING_MODE;
        else intCheck(rm, 0, 8);

        return round(new BigNumber(x), sd, rm);
      }

      if (!(c = x.c)) return null;
      v = c.length - 1;
      n = v * LOG_BASE + 1;

      if (v = c[v]) {

        // Subtract the number of trailing zeros of the last element.
        for (; v % 10 == 0; v /= 10, n--);

        // Add the number of digits of the first element.
        for (v = c[0]; v >= 10; v /= 10, n++);
      }

      if (sd && x.e + 1 > n) n = x.e + 1;

      return n;
    };


    /*
     * Return a new BigNumber whose value is the value of this BigNumber shifted by k places
     * (powers of 10). Shift to the right if n > 0, and to the left if n < 0.
     *
     * k {number} Integer, -MAX_SAFE_INTEGER to MAX_SAFE_INTEGER inclusive.
     *
     * '[BigNumber Error] Argument {not a primitive number|not an integer|out of range}: {k}'
     */
    P.shiftedBy = function (k) {
      intCheck(k, -MAX_SAFE_INTEGER, MAX_SAFE_INTEGER);
      return this.times('1e' + k);
    };


    /*
     *  sqrt(-n) =  N
     *  sqrt(N) =  N
     *  sqrt(-I) =  N
     *  sqrt(I) =  I
     *  sqrt(0) =  0
     *  sqrt(-0) = -0
     *
     * Return a new BigNumber whose value is the square root of the value of this BigNumber,
     * rounded according to DECIMAL_PLACES and ROUNDING_MODE.
     */
    P.squareRoot = P.sqrt = function () {
      var m, n, r, rep, t,
        x = this,
        c = x.c,
        s = x.s,
        e = x.e,
        dp = DECIMAL_PLACES + 4,
        half = new BigNumber('0.5');

      // Negative/NaN/Infinity/zero?
      if (s !== 1 || !c || !c[0]) {
        return new BigNumber(!s || s < 0 && (!c || c[0]) ? NaN : c ? x : 1 / 0);
      }

      // Initial estimate.
      s = Math.sqrt(+valueOf(x));

      // Math.sqrt underflow/overflow?
      // Pass x to Math.sqrt as integer, then adjust the exponent of the result.
      if (s == 0 || s == 1 / 0) {
        n = coeffToString(c);
        if ((n.length + e) % 2 == 0) n += '0';
        s = Math.sqrt(+n);
        e = bitFloor((e + 1) / 2) - (e < 0 || e % 2);

        if (s == 1 / 0) {
          n = '5e' + e;
        } else {
          n = s.toExponential();
          n = n.slice(0, n.indexOf('e') + 1) + e;
        }

        r = new BigNumber(n);
      } else {
        r = new BigNumber(s + '');
      }

      // Check for zero.
      // r could be zero if MIN_EXP is changed after the this value was created.
      // This would cause a division by zero (x/t) and hence Infinity below, which would cause
      // coeffToString to throw.
      if (r.c[0]) {
        e = r.e;
        s = e + dp;
        if (s < 3) s = 0;

        // Newton-Raphson iteration.
        for (; ;) {
          t = r;
          r = half.times(t.plus(div(x, t, dp, 1)));

          if (coeffToString(t.c).slice(0, s) === (n = coeffToString(r.c)).slice(0, s)) {

            // The exponent of r may here be one less than the final result exponent,
            // e.g 0.0009999 (e-4) --> 0.001 (e-3), so adjust s so the rounding digits
            // are indexed correctly.
            if (r.e < e) --s;
            n = n.slice(s - 3, s + 1);

            // The 4th rounding digit may be in error by -1 so if the 4 rounding digits
            // are 9999 or 4999 (i.e. approaching a rounding boundary) continue the
            // iteration.
            if (n == '9999' || !rep && n == '4999') {

              // On the first iteration only, check to see if rounding up gives the
              // exact result as the nines may infinitely repeat.
              if (!rep) {
                round(t, t.e + DECIMAL_PLACES + 2, 0);

                if (t.times(t).eq(x)) {
                  r = t;
                  break;
                }
              }

              dp += 4;
              s += 4;
              rep = 1;
            } else {

              // If rounding digits are null, 0{0,4} or 50{0,3}, check for exact
              // result. If not, then there are further digits and m will be truthy.
              if (!+n || !+n.slice(1) && n.charAt(0) == '5') {

                // Truncate to the first rounding digit.
                round(r, r.e + DECIMAL_PLACES + 2, 1);
                m = !r.times(r).eq(x);
              }

              break;
            }
          }
        }
      }

      return round(r, r.e + DECIMAL_PLACES + 1, ROUNDING_MODE, m);
    };


    /*
     * Return a string representing the value of this BigNumber in exponential notation and
     * rounded using ROUNDING_MODE to dp fixed decimal places.
     *
     * [dp] {number} Decimal places. Integer, 0 to MAX inclusive.
     * [rm] {number} Rounding mode. Integer, 0 to 8 inclusive.
     *
     * '[BigNumber Error] Argument {not a primitive number|not an integer|out of range}: {dp|rm}'
     */
    P.toExponential = function (dp, rm) {
      if (dp != null) {
        intCheck(dp, 0, MAX);
        dp++;
      }
      return format(this, dp, rm, 1);
    };


    /*
     * Return a string representing the value of this BigNumber in fixed-point notation rounding
     * to dp fixed decimal places using rounding mode rm, or ROUNDING_MODE if rm is omitted.
     *
     * Note: as with JavaScript's number type, (-0).toFixed(0) is '0',
     * but e.g. (-0.00001).toFixed(0) is '-0'.
     *
     * [dp] {number} Decimal places. Integer, 0 to MAX inclusive.
     * [rm] {number} Rounding mode. Integer, 0 to 8 inclusive.
     *
     * '[BigNumber Error] Argument {not a primitive number|not an integer|out of range}: {dp|rm}'
     */
    P.toFixed = function (dp, rm) {
      if (dp != null) {
        intCheck(dp, 0, MAX);
        dp = dp + this.e + 1;
      }
      return format(this, dp, rm);
    };


    /*
     * Return a string representing the value of this BigNumber in fixed-point notation rounded
     * using rm or ROUNDING_MODE to dp decimal places, and formatted according to the properties
     * of the format or FORMAT object (see BigNumber.set).
     *
     * The formatting object may contain some or all of the properties shown below.
     *
     * FORMAT = {
     *   prefix: '',
     *   groupSize: 3,
     *   secondaryGroupSize: 0,
     *   groupSeparator: ',',
     *   decimalSeparator: '.',
     *   fractionGroupSize: 0,
     *   fractionGroupSeparator: '\xA0',      // non-breaking space
     *   suffix: ''
     * };
     *
     * [dp] {number} Decimal places. Integer, 0 to MAX inclusive.
     * [rm] {number} Rounding mode. Integer, 0 to 8 inclusive.
     * [format] {object} Formatting options. See FORMAT pbject above.
     *
     * '[BigNumber Error] Argument {not a primitive number|not an integer|out of range}: {dp|rm}'
     * '[BigNumber Error] Argument not an object: {format}'
     */
    P.toFormat = function (dp, rm, format) {
      var str,
        x = this;

      if (format == null) {
        if (dp != null && rm && typeof rm == 'object') {
          format = rm;
          rm = null;
        } else if (dp && typeof dp == 'object') {
          format = dp;
          dp = rm = null;
        } else {
          format = FORMAT;
        }
      } else if (typeof format != 'object') {
        throw Error
          (bignumberError + 'Argument not an object: ' + format);
      }

      str = x.toFixed(dp, rm);

      if (x.c) {
        var i,
          arr = str.split('.'),
          g1 = +format.groupSize,
          g2 = +format.secondaryGroupSize,
          groupSeparator = format.groupSeparator || '',
          intPart = arr[0],
          fractionPart = arr[1],
          isNeg = x.s < 0,
          intDigits = isNeg ? intPart.slice(1) : intPart,
          len = intDigits.length;

        if (g2) {
          i = g1;
          g1 = g2;
          g2 = i;
          len -= i;
        }

        if (g1 > 0 && len > 0) {
          i = len % g1 || g1;
          intPart = intDigits.substr(0, i);
          for (; i < len; i += g1) intPart += groupSeparator + intDigits.substr(i, g1);
          if (g2 > 0) intPart += groupSeparator + intDigits.slice(i);
          if (isNeg) intPart = '-' + intPart;
        }

        str = fractionPart
         ? intPart + (format.decimalSeparator || '') + ((g2 = +format.fractionGroupSize)
          ? fractionPart.replace(new RegExp('\\d{' + g2 + '}\\B', 'g'),
           '$&' + (format.fractionGroupSeparator || ''))
          : fractionPart)
         : intPart;
      }

      return (format.prefix || '') + str + (format.suffix || '');
    };


    /*
     * Return an array of two BigNumbers representing the value of this BigNumber as a simple
     * fraction with an integer numerator and an integer denominator.
     * The denominator will be a positive non-zero value less than or equal to the specified
     * maximum denominator. If a maximum denominator is not specified, the denominator will be
     * the lowest value necessary to represent the number exactly.
     *
     * [md] {number|string|BigNumber} Integer >= 1, or Infinity. The maximum denominator.
     *
     * '[BigNumber Error] Argument {not an integer|out of range} : {md}'
     */
    P.toFraction = function (md) {
      var d, d0, d1, d2, e, exp, n, n0, n1, q, r, s,
        x = this,
        xc = x.c;

      if (md != null) {
        n = new BigNumber(md);

        // Throw if md is less than one or is not an integer, unless it is Infinity.
        if (!n.isInteger() && (n.c || n.s !== 1) || n.lt(ONE)) {
          throw Error
            (bignumberError + 'Argument ' +
              (n.isInteger() ? 'out of range: ' : 'not an integer: ') + valueOf(n));
        }
      }

      if (!xc) return new BigNumber(x);

      d = new BigNumber(ONE);
      n1 = d0 = new BigNumber(ONE);
      d1 = n0 = new BigNumber(ONE);
      s = coeffToString(xc);

      // Determine initial denominator.
      // d is a power of 10 and the minimum max denominator that specifies the value exactly.
      e = d.e = s.length - x.e - 1;
      d.c[0] = POWS_TEN[(exp = e % LOG_BASE) < 0 ? LOG_BASE + exp : exp];
      md = !md || n.comparedTo(d) > 0 ? (e > 0 ? d : n1) : n;

      exp = MAX_EXP;
      MAX_EXP = 1 / 0;
      n = new BigNumber(s);

      // n0 = d1 = 0
      n0.c[0] = 0;

      for (; ;)  {
        q = div(n, d, 0, 1);
        d2 = d0.plus(q.times(d1));
        if (d2.comparedTo(md) == 1) break;
        d0 = d1;
        d1 = d2;
        n1 = n0.plus(q.times(d2 = n1));
        n0 = d2;
        d = n.minus(q.times(d2 = d));
        n = d2;
      }

      d2 = div(md.minus(d0), d1, 0, 1);
      n0 = n0.plus(d2.times(n1));
      d0 = d0.plus(d2.times(d1));
      n0.s = n1.s = x.s;
      e = e * 2;

      // Determine which fraction is closer to x, n0/d0 or n1/d1
      r = div(n1, d1, e, ROUNDING_MODE).minus(x).abs().comparedTo(
          div(n0, d0, e, ROUNDING_MODE).minus(x).abs()) < 1 ? [n1, d1] : [n0, d0];

      MAX_EXP = exp;

      return r;
    };


    /*
     * Return the value of this BigNumber converted to a number primitive.
     */
    P.toNumber = function () {
      return +valueOf(this);
    };


    /*
     * Return a string representing the value of this BigNumber rounded to sd significant digits
     * using rounding mode rm or ROUNDING_MODE. If sd is less than the number of digits
     * necessary to represent the integer part of the value in fixed-point notation, then use
     * exponential notation.
     *
     * [sd] {number} Significant digits. Integer, 1 to MAX inclusive.
     * [rm] {number} Rounding mode. Integer, 0 to 8 inclusive.
     *
     * '[BigNumber Error] Argument {not a primitive number|not an integer|out of range}: {sd|rm}'
     */
    P.toPrecision = function (sd, rm) {
      if (sd != null) intCheck(sd, 1, MAX);
      return format(this, sd, rm, 2);
    };


    /*
     * Return a string representing the value of this BigNumber in base b, or base 10 if b is
     * omitted. If a base is specified, including base 10, round according to DECIMAL_PLACES and
     * ROUNDING_MODE. If a base is not specified, and this BigNumber has a positive exponent
     * that is equal to or greater than TO_EXP_POS, or a negative exponent equal to or less than
     * TO_EXP_NEG, return exponential notation.
     *
     * [b] {number} Integer, 2 to ALPHABET.length inclusive.
     *
     * '[BigNumber Error] Base {not a primitive number|not an integer|out of range}: {b}'
     */
    P.toString = function (b) {
      var str,
        n = this,
        s = n.s,
        e = n.e;

      // Infinity or NaN?
      if (e === null) {
        if (s) {
          str = 'Infinity';
          if (s < 0) str = '-' + str;
        } else {
          str = 'NaN';
        }
      } else {
        if (b == null) {
          str = e <= TO_EXP_NEG || e >= TO_EXP_POS
           ? toExponential(coeffToString(n.c), e)
           : toFixedPoint(coeffToString(n.c), e, '0');
        } else if (b === 10 && alphabetHasNormalDecimalDigits) {
          n = round(new BigNumber(n), DECIMAL_PLACES + e + 1, ROUNDING_MODE);
          str = toFixedPoint(coeffToString(n.c), n.e, '0');
        } else {
          intCheck(b, 2, ALPHABET.length, 'Base');
          str = convertBase(toFixedPoint(coeffToString(n.c), e, '0'), 10, b, s, true);
        }

        if (s < 0 && n.c[0]) str = '-' + str;
      }

      return str;
    };


    /*
     * Return as toString, but do not accept a base argument, and include the minus sign for
     * negative zero.
     */
    P.valueOf = P.toJSON = function () {
      return valueOf(this);
    };


    P._isBigNumber = true;

    if (configObject != null) BigNumber.set(configObject);

    return BigNumber;
  }


  // PRIVATE HELPER FUNCTIONS

  // These functions don't need access to variables,
  // e.g. DECIMAL_PLACES, in the scope of the `clone` function above.


  function bitFloor(n) {
    var i = n | 0;
    return n > 0 || n === i ? i : i - 1;
  }


  // Return a coefficient array as a string of base 10 digits.
  function coeffToString(a) {
    var s, z,
      i = 1,
      j = a.length,
      r = a[0] + '';

    for (; i < j;) {
      s = a[i++] + '';
      z = LOG_BASE - s.length;
      for (; z--; s = '0' + s);
      r += s;
    }

    // Determine trailing zeros.
    for (j = r.length; r.charCodeAt(--j) === 48;);

    return r.slice(0, j + 1 || 1);
  }


  // Compare the value of BigNumbers x and y.
  function compare(x, y) {
    var a, b,
      xc = x.c,
      yc = y.c,
      i = x.s,
      j = y.s,
      k = x.e,
      l = y.e;

    // Either NaN?
    if (!i || !j) return null;

    a = xc && !xc[0];
    b = yc && !yc[0];

    // Either zero?
    if (a || b) return a ? b ? 0 : -j : i;

    // Signs differ?
    if (i != j) return i;

    a = i < 0;
    b = k == l;

    // Either Infinity?
    if (!xc || !yc) return b ? 0 : !xc ^ a ? 1 : -1;

    // Compare exponents.
    if (!b) return k > l ^ a ? 1 : -1;

    j = (k = xc.length) < (l = yc.length) ? k : l;

    // Compare digit by digit.
    for (i = 0; i < j; i++) if (xc[i] != yc[i]) return xc[i] > yc[i] ^ a ? 1 : -1;

    // Compare lengths.
    return k == l ? 0 : k > l ^ a ? 1 : -1;
  }


  /*
   * Check that n is a primitive number, an integer, and in range, otherwise throw.
   */
  function intCheck(n, min, max, name) {
    if (n < min || n > max || n !== mathfloor(n)) {
      throw Error
       (bignumberError + (name || 'Argument') + (typeof n == 'number'
         ? n < min || n > max ? ' out of range: ' : ' not an integer: '
         : ' not a primitive number: ') + String(n));
    }
  }


  // Assumes finite n.
  function isOdd(n) {
    var k = n.c.length - 1;
    return bitFloor(n.e / LOG_BASE) == k && n.c[k] % 2 != 0;
  }


  function toExponential(str, e) {
    return (str.length > 1 ? str.charAt(0) + '.' + str.slice(1) : str) +
     (e < 0 ? 'e' : 'e+') + e;
  }


  function toFixedPoint(str, e, z) {
    var len, zs;

    // Negative exponent?
    if (e < 0) {

      // Prepend zeros.
      for (zs = z + '.'; ++e; zs += z);
      str = zs + str;

    // Positive exponent
    } else {
      len = str.length;

      // Append zeros.
      if (++e > len) {
        for (zs = z, e -= len; --e; zs += z);
        str += zs;
      } else if (e < len) {
        str = str.slice(0, e) + '.' + str.slice(e);
      }
    }

    return str;
  }


  // EXPORT


  BigNumber = clone();
  BigNumber['default'] = BigNumber.BigNumber = BigNumber;

  // AMD.
  if (typeof define == 'function' && define.amd) {
    define(function () { return BigNumber; });

  // Node.js and other environments that support module.exports.
  } else if ( true && module.exports) {
    module.exports = BigNumber;

  // Browser.
  } else {
    if (!globalObject) {
      globalObject = typeof self != 'undefined' && self ? self : window;
    }

    globalObject.BigNumber = BigNumber;
  }
})(this);


/***/ }),

/***/ 3813:
/***/ ((module) => {



module.exports = (flag, argv = process.argv) => {
	const prefix = flag.startsWith('-') ? '' : (flag.length === 1 ? '-' : '--');
	const position = argv.indexOf(prefix + flag);
	const terminatorPosition = argv.indexOf('--');
	return position !== -1 && (terminatorPosition === -1 || position < terminatorPosition);
};


/***/ }),

/***/ 6584:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



const zlib = __nccwpck_require__(3106);
const http = __nccwpck_require__(8611);
const https = __nccwpck_require__(5692);
const parse = (__nccwpck_require__(7016).parse);
const format = (__nccwpck_require__(7016).format);

const debugBody = __nccwpck_require__(5994)('httpx:body');
const debugHeader = __nccwpck_require__(5994)('httpx:header');

const httpAgent = new http.Agent({ keepAlive: true });
const httpsAgent = new https.Agent({ keepAlive: true });

const TIMEOUT = 3000; // 3s

const READ_TIMER = Symbol('TIMER::READ_TIMER');
const READ_TIME_OUT = Symbol('TIMER::READ_TIME_OUT');
const READ_TIMER_START_AT = Symbol('TIMER::READ_TIMER_START_AT');

/**
 * Check the content-encoding header, and auto decompress it.
 * @param {Readable} response http response
 * @returns Readable
 */
function decompress(response) {
  switch (response.headers['content-encoding']) {
  // or, just use zlib.createUnzip() to handle both cases
  case 'gzip':
    return response.pipe(zlib.createGunzip());
  case 'deflate':
    return response.pipe(zlib.createInflate());
  default:
    return response;
  }
}

var append = function (err, name, message) {
  err.name = name + err.name;
  err.message = `${message}. ${err.message}`;
  return err;
};

const isNumber = function (num) {
  return num !== null && !isNaN(num);
};

exports.request = function (url, opts) {
  opts || (opts = {});

  const parsed = typeof url === 'string' ? parse(url) : url;

  let readTimeout, connectTimeout;
  if (isNumber(opts.readTimeout) || isNumber(opts.connectTimeout)) {
    readTimeout = isNumber(opts.readTimeout) ? Number(opts.readTimeout) : TIMEOUT;
    connectTimeout = isNumber(opts.connectTimeout) ? Number(opts.connectTimeout) : TIMEOUT;
  } else if (isNumber(opts.timeout)) {
    readTimeout = connectTimeout = Number(opts.timeout);
  } else {
    readTimeout = connectTimeout = TIMEOUT;
  }

  const isHttps = parsed.protocol === 'https:';
  const method = (opts.method || 'GET').toUpperCase();
  const defaultAgent = isHttps ? httpsAgent : httpAgent;
  const agent = opts.agent || defaultAgent;

  var options = {
    host: parsed.hostname || 'localhost',
    path: parsed.path || '/',
    method: method,
    port: parsed.port || (parsed.protocol === 'https:' ? 443 : 80),
    agent: agent,
    headers: opts.headers || {},
    // ssl config
    key: opts.key || '',
    cert: opts.cert || '',
    ca: opts.ca || '',
    // connect timerout
    timeout: connectTimeout
  };

  if (isHttps && typeof opts.rejectUnauthorized !== 'undefined') {
    options.rejectUnauthorized = opts.rejectUnauthorized;
  }

  if (opts.compression) {
    options.headers['accept-encoding'] = 'gzip,deflate';
  }

  const httplib = isHttps ? https : http;

  if (typeof opts.beforeRequest === 'function') {
    options = opts.beforeRequest(options);
  }

  return new Promise((resolve, reject) => {
    const request = httplib.request(options);
    const body = opts.data;

    var fulfilled = (response) => {
      if (debugHeader.enabled) {
        const requestHeaders = response.req._header;
        requestHeaders.split('\r\n').forEach((line) => {
          debugHeader('> %s', line);
        });

        debugHeader('< HTTP/%s %s %s', response.httpVersion, response.statusCode, response.statusMessage);
        Object.keys(response.headers).forEach((key) => {
          debugHeader('< %s: %s', key, response.headers[key]);
        });
      }
      resolve(response);
    };

    var rejected = (err) => {
      err.message += `${method} ${format(parsed)} failed.`;
      // clear response timer when error
      if (request.socket && request.socket[READ_TIMER]) {
        clearTimeout(request.socket[READ_TIMER]);
      }
      reject(err);
    };

    var abort = (err) => {
      request.abort();
      rejected(err);
    };

    const startResponseTimer = function (socket) {
      const timer = setTimeout(() => {
        if (socket[READ_TIMER]) {
          clearTimeout(socket[READ_TIMER]);
          socket[READ_TIMER] = null;
        }
        var err = new Error();
        var message = `ReadTimeout(${readTimeout})`;
        abort(append(err, 'RequestTimeout', message));
      }, readTimeout);
      // start read-timer
      socket[READ_TIME_OUT] = readTimeout;
      socket[READ_TIMER] = timer;
      socket[READ_TIMER_START_AT] = Date.now();
      // don't block the loop
      timer.unref();
    };

    // string
    if (!body || 'string' === typeof body || body instanceof Buffer) {
      if (debugBody.enabled) {
        if (!body) {
          debugBody('<no request body>');
        } else if ('string' === typeof body) {
          debugBody(body);
        } else {
          debugBody(`Buffer <ignored>, Buffer length: ${body.length}`);
        }
      }
      request.end(body);
    } else if ('function' === typeof body.pipe) { // stream
      body.pipe(request);
      if (debugBody.enabled) {
        debugBody('<request body is a stream>');
      }
      body.once('error', (err) => {
        abort(append(err, 'HttpX', 'Stream occor error'));
      });
    }

    request.on('timeout', () => {
      var err = new Error();
      err.name = 'RequestTimeoutError';
      err.message = `ConnectTimeout: Connect ${url} failed.`;
      request.destroy();
      reject(err);
    });

    request.on('response', fulfilled);
    request.on('error', rejected);
    request.once('socket', function (socket) {
      // reuse socket
      if (socket.readyState === 'opening') {
        socket.once('connect', function () {
          startResponseTimer(socket);
        });
      } else {
        startResponseTimer(socket);
      }
    });
  });
};

exports.read = function (response, encoding) {
  const readable = decompress(response);

  return new Promise((resolve, reject) => {
    // node.js 14 use response.client
    const socket = response.socket || response.client;

    const makeReadTimeoutError = () => {
      const req = response.req;
      var err = new Error();
      err.name = 'RequestTimeoutError';
      err.message = `ReadTimeout: ${socket[READ_TIME_OUT]}. ${req.method} ${req.path} failed.`;
      return err;
    };
    // check read-timer
    let readTimer;
    const oldReadTimer = socket[READ_TIMER];
    if (!oldReadTimer) {
      reject(makeReadTimeoutError());
      return;
    }
    const remainTime = socket[READ_TIME_OUT] - (Date.now() - socket[READ_TIMER_START_AT]);
    clearTimeout(oldReadTimer);
    if (remainTime <= 0) {
      reject(makeReadTimeoutError());
      return;
    }
    readTimer = setTimeout(function () {
      reject(makeReadTimeoutError());
    }, remainTime);

    // start reading data
    var onError, onData, onEnd;
    var cleanup = function () {
      // cleanup
      readable.removeListener('error', onError);
      readable.removeListener('data', onData);
      readable.removeListener('end', onEnd);
      // clear read timer
      if (readTimer) {
        clearTimeout(readTimer);
      }
    };

    const bufs = [];
    var size = 0;

    onData = function (buf) {
      bufs.push(buf);
      size += buf.length;
    };

    onError = function (err) {
      cleanup();
      reject(err);
    };

    onEnd = function () {
      cleanup();
      var buff = Buffer.concat(bufs, size);

      debugBody('');
      if (encoding) {
        const result = buff.toString(encoding);
        debugBody(result);
        return resolve(result);
      }

      if (debugBody.enabled) {
        debugBody(buff.toString());
      }
      resolve(buff);
    };

    readable.on('error', onError);
    readable.on('data', onData);
    readable.on('end', onEnd);
  });
};

function readyToRead(readable) {
  return new Promise((resolve, reject) => {
    var onReadable, onEnd, onError;
    var cleanup = function () {
      // cleanup
      readable.removeListener('error', onError);
      readable.removeListener('end', onEnd);
      readable.removeListener('readable', onReadable);
    };

    onReadable = function () {
      cleanup();
      resolve(false);
    };

    onEnd = function () {
      cleanup();
      resolve(true);
    };

    onError = function (err) {
      cleanup();
      reject(err);
    };

    readable.once('readable', onReadable);
    readable.once('end', onEnd);
    readable.once('error', onError);
  });
}

class Event {
  constructor(id, event, data, retry) {
    this.id = id;
    this.event = event;
    this.data = data;
    this.retry = retry;
  }
}

exports.Event = Event;

const DATA_PREFIX = 'data:';
const EVENT_PREFIX = 'event:';
const ID_PREFIX = 'id:';
const RETRY_PREFIX = 'retry:';

function isDigitsOnly(str) {
  for (let i = 0; i < str.length; i++) {
    const c = str.charAt(i);
    if (c < '0' || c > '9') {
      return false;
    }
  }
  return str.length > 0;
}

function tryGetEvents(head, chunk) {
  const all = head + chunk;
  let start = 0;
  const events = [];
  for (let i = 0; i < all.length - 1; i++) {
    const c = all[i];
    const c2 = all[i + 1];
    if (c === '\n' && c2 === '\n') {
      const part = all.substring(start, i);
      const lines = part.split('\n');
      const event = new Event();
      lines.forEach((line) => {
        if (line.startsWith(DATA_PREFIX)) {
          event.data = line.substring(DATA_PREFIX.length).trim();
        } else if (line.startsWith(EVENT_PREFIX)) {
          event.event = line.substring(EVENT_PREFIX.length).trim();
        } else if (line.startsWith(ID_PREFIX)) {
          event.id = line.substring(ID_PREFIX.length).trim();
        } else if (line.startsWith(RETRY_PREFIX)) {
          const retry = line.substring(RETRY_PREFIX.length).trim();
          if (isDigitsOnly(retry)) {
            event.retry = parseInt(retry, 10);
          }
        } else if (line.startsWith(':')) {
          // ignore the line
        }
      });
      events.push(event);
      start = i + 2;
    }
  }

  const rest = all.substring(start);
  return [events, rest];
}

/**
 * consume response and parse to event stream
 * @param {ReadableStream} response 
 * @returns AsyncGenerator<Event, void, unknown>
 */
exports.readAsSSE = async function* (response) {
  const readable = decompress(response);

  const socket = response.socket || response.client;
  clearTimeout(socket[READ_TIMER]);

  let rest = '';

  while (true) {
    const ended = await readyToRead(readable);
    if (ended) {
      return;
    }

    let chunk;
    while (null !== (chunk = readable.read())) {
      const [ events, remain ] = tryGetEvents(rest, chunk.toString());
      rest = remain;
      if (events && events.length > 0) {
        for (const event of events) {
          yield event;
        }
      }
    }
  }
};


/***/ }),

/***/ 3130:
/***/ ((module, exports, __nccwpck_require__) => {

/* eslint-env browser */

/**
 * This is the web browser implementation of `debug()`.
 */

exports.formatArgs = formatArgs;
exports.save = save;
exports.load = load;
exports.useColors = useColors;
exports.storage = localstorage();
exports.destroy = (() => {
	let warned = false;

	return () => {
		if (!warned) {
			warned = true;
			console.warn('Instance method `debug.destroy()` is deprecated and no longer does anything. It will be removed in the next major version of `debug`.');
		}
	};
})();

/**
 * Colors.
 */

exports.colors = [
	'#0000CC',
	'#0000FF',
	'#0033CC',
	'#0033FF',
	'#0066CC',
	'#0066FF',
	'#0099CC',
	'#0099FF',
	'#00CC00',
	'#00CC33',
	'#00CC66',
	'#00CC99',
	'#00CCCC',
	'#00CCFF',
	'#3300CC',
	'#3300FF',
	'#3333CC',
	'#3333FF',
	'#3366CC',
	'#3366FF',
	'#3399CC',
	'#3399FF',
	'#33CC00',
	'#33CC33',
	'#33CC66',
	'#33CC99',
	'#33CCCC',
	'#33CCFF',
	'#6600CC',
	'#6600FF',
	'#6633CC',
	'#6633FF',
	'#66CC00',
	'#66CC33',
	'#9900CC',
	'#9900FF',
	'#9933CC',
	'#9933FF',
	'#99CC00',
	'#99CC33',
	'#CC0000',
	'#CC0033',
	'#CC0066',
	'#CC0099',
	'#CC00CC',
	'#CC00FF',
	'#CC3300',
	'#CC3333',
	'#CC3366',
	'#CC3399',
	'#CC33CC',
	'#CC33FF',
	'#CC6600',
	'#CC6633',
	'#CC9900',
	'#CC9933',
	'#CCCC00',
	'#CCCC33',
	'#FF0000',
	'#FF0033',
	'#FF0066',
	'#FF0099',
	'#FF00CC',
	'#FF00FF',
	'#FF3300',
	'#FF3333',
	'#FF3366',
	'#FF3399',
	'#FF33CC',
	'#FF33FF',
	'#FF6600',
	'#FF6633',
	'#FF9900',
	'#FF9933',
	'#FFCC00',
	'#FFCC33'
];

/**
 * Currently only WebKit-based Web Inspectors, Firefox >= v31,
 * and the Firebug extension (any Firefox version) are known
 * to support "%c" CSS customizations.
 *
 * TODO: add a `localStorage` variable to explicitly enable/disable colors
 */

// eslint-disable-next-line complexity
function useColors() {
	// NB: In an Electron preload script, document will be defined but not fully
	// initialized. Since we know we're in Chrome, we'll just detect this case
	// explicitly
	if (typeof window !== 'undefined' && window.process && (window.process.type === 'renderer' || window.process.__nwjs)) {
		return true;
	}

	// Internet Explorer and Edge do not support colors.
	if (typeof navigator !== 'undefined' && navigator.userAgent && navigator.userAgent.toLowerCase().match(/(edge|trident)\/(\d+)/)) {
		return false;
	}

	let m;

	// Is webkit? http://stackoverflow.com/a/16459606/376773
	// document is undefined in react-native: https://github.com/facebook/react-native/pull/1632
	// eslint-disable-next-line no-return-assign
	return (typeof document !== 'undefined' && document.documentElement && document.documentElement.style && document.documentElement.style.WebkitAppearance) ||
		// Is firebug? http://stackoverflow.com/a/398120/376773
		(typeof window !== 'undefined' && window.console && (window.console.firebug || (window.console.exception && window.console.table))) ||
		// Is firefox >= v31?
		// https://developer.mozilla.org/en-US/docs/Tools/Web_Console#Styling_messages
		(typeof navigator !== 'undefined' && navigator.userAgent && (m = navigator.userAgent.toLowerCase().match(/firefox\/(\d+)/)) && parseInt(m[1], 10) >= 31) ||
		// Double check webkit in userAgent just in case we are in a worker
		(typeof navigator !== 'undefined' && navigator.userAgent && navigator.userAgent.toLowerCase().match(/applewebkit\/(\d+)/));
}

/**
 * Colorize log arguments if enabled.
 *
 * @api public
 */

function formatArgs(args) {
	args[0] = (this.useColors ? '%c' : '') +
		this.namespace +
		(this.useColors ? ' %c' : ' ') +
		args[0] +
		(this.useColors ? '%c ' : ' ') +
		'+' + module.exports.humanize(this.diff);

	if (!this.useColors) {
		return;
	}

	const c = 'color: ' + this.color;
	args.splice(1, 0, c, 'color: inherit');

	// The final "%c" is somewhat tricky, because there could be other
	// arguments passed either before or after the %c, so we need to
	// figure out the correct index to insert the CSS into
	let index = 0;
	let lastC = 0;
	args[0].replace(/%[a-zA-Z%]/g, match => {
		if (match === '%%') {
			return;
		}
		index++;
		if (match === '%c') {
			// We only are interested in the *last* %c
			// (the user may have provided their own)
			lastC = index;
		}
	});

	args.splice(lastC, 0, c);
}

/**
 * Invokes `console.debug()` when available.
 * No-op when `console.debug` is not a "function".
 * If `console.debug` is not available, falls back
 * to `console.log`.
 *
 * @api public
 */
exports.log = console.debug || console.log || (() => {});

/**
 * Save `namespaces`.
 *
 * @param {String} namespaces
 * @api private
 */
function save(namespaces) {
	try {
		if (namespaces) {
			exports.storage.setItem('debug', namespaces);
		} else {
			exports.storage.removeItem('debug');
		}
	} catch (error) {
		// Swallow
		// XXX (@Qix-) should we be logging these?
	}
}

/**
 * Load `namespaces`.
 *
 * @return {String} returns the previously persisted debug modes
 * @api private
 */
function load() {
	let r;
	try {
		r = exports.storage.getItem('debug') || exports.storage.getItem('DEBUG') ;
	} catch (error) {
		// Swallow
		// XXX (@Qix-) should we be logging these?
	}

	// If debug isn't set in LS, and we're in Electron, try to load $DEBUG
	if (!r && typeof process !== 'undefined' && 'env' in process) {
		r = process.env.DEBUG;
	}

	return r;
}

/**
 * Localstorage attempts to return the localstorage.
 *
 * This is necessary because safari throws
 * when a user disables cookies/localstorage
 * and you attempt to access it.
 *
 * @return {LocalStorage}
 * @api private
 */

function localstorage() {
	try {
		// TVMLKit (Apple TV JS Runtime) does not have a window object, just localStorage in the global context
		// The Browser also has localStorage in the global context.
		return localStorage;
	} catch (error) {
		// Swallow
		// XXX (@Qix-) should we be logging these?
	}
}

module.exports = __nccwpck_require__(2565)(exports);

const {formatters} = module.exports;

/**
 * Map %j to `JSON.stringify()`, since no Web Inspectors do that by default.
 */

formatters.j = function (v) {
	try {
		return JSON.stringify(v);
	} catch (error) {
		return '[UnexpectedJSONParseError]: ' + error.message;
	}
};


/***/ }),

/***/ 2565:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {


/**
 * This is the common logic for both the Node.js and web browser
 * implementations of `debug()`.
 */

function setup(env) {
	createDebug.debug = createDebug;
	createDebug.default = createDebug;
	createDebug.coerce = coerce;
	createDebug.disable = disable;
	createDebug.enable = enable;
	createDebug.enabled = enabled;
	createDebug.humanize = __nccwpck_require__(744);
	createDebug.destroy = destroy;

	Object.keys(env).forEach(key => {
		createDebug[key] = env[key];
	});

	/**
	* The currently active debug mode names, and names to skip.
	*/

	createDebug.names = [];
	createDebug.skips = [];

	/**
	* Map of special "%n" handling functions, for the debug "format" argument.
	*
	* Valid key names are a single, lower or upper-case letter, i.e. "n" and "N".
	*/
	createDebug.formatters = {};

	/**
	* Selects a color for a debug namespace
	* @param {String} namespace The namespace string for the debug instance to be colored
	* @return {Number|String} An ANSI color code for the given namespace
	* @api private
	*/
	function selectColor(namespace) {
		let hash = 0;

		for (let i = 0; i < namespace.length; i++) {
			hash = ((hash << 5) - hash) + namespace.charCodeAt(i);
			hash |= 0; // Convert to 32bit integer
		}

		return createDebug.colors[Math.abs(hash) % createDebug.colors.length];
	}
	createDebug.selectColor = selectColor;

	/**
	* Create a debugger with the given `namespace`.
	*
	* @param {String} namespace
	* @return {Function}
	* @api public
	*/
	function createDebug(namespace) {
		let prevTime;
		let enableOverride = null;
		let namespacesCache;
		let enabledCache;

		function debug(...args) {
			// Disabled?
			if (!debug.enabled) {
				return;
			}

			const self = debug;

			// Set `diff` timestamp
			const curr = Number(new Date());
			const ms = curr - (prevTime || curr);
			self.diff = ms;
			self.prev = prevTime;
			self.curr = curr;
			prevTime = curr;

			args[0] = createDebug.coerce(args[0]);

			if (typeof args[0] !== 'string') {
				// Anything else let's inspect with %O
				args.unshift('%O');
			}

			// Apply any `formatters` transformations
			let index = 0;
			args[0] = args[0].replace(/%([a-zA-Z%])/g, (match, format) => {
				// If we encounter an escaped % then don't increase the array index
				if (match === '%%') {
					return '%';
				}
				index++;
				const formatter = createDebug.formatters[format];
				if (typeof formatter === 'function') {
					const val = args[index];
					match = formatter.call(self, val);

					// Now we need to remove `args[index]` since it's inlined in the `format`
					args.splice(index, 1);
					index--;
				}
				return match;
			});

			// Apply env-specific formatting (colors, etc.)
			createDebug.formatArgs.call(self, args);

			const logFn = self.log || createDebug.log;
			logFn.apply(self, args);
		}

		debug.namespace = namespace;
		debug.useColors = createDebug.useColors();
		debug.color = createDebug.selectColor(namespace);
		debug.extend = extend;
		debug.destroy = createDebug.destroy; // XXX Temporary. Will be removed in the next major release.

		Object.defineProperty(debug, 'enabled', {
			enumerable: true,
			configurable: false,
			get: () => {
				if (enableOverride !== null) {
					return enableOverride;
				}
				if (namespacesCache !== createDebug.namespaces) {
					namespacesCache = createDebug.namespaces;
					enabledCache = createDebug.enabled(namespace);
				}

				return enabledCache;
			},
			set: v => {
				enableOverride = v;
			}
		});

		// Env-specific initialization logic for debug instances
		if (typeof createDebug.init === 'function') {
			createDebug.init(debug);
		}

		return debug;
	}

	function extend(namespace, delimiter) {
		const newDebug = createDebug(this.namespace + (typeof delimiter === 'undefined' ? ':' : delimiter) + namespace);
		newDebug.log = this.log;
		return newDebug;
	}

	/**
	* Enables a debug mode by namespaces. This can include modes
	* separated by a colon and wildcards.
	*
	* @param {String} namespaces
	* @api public
	*/
	function enable(namespaces) {
		createDebug.save(namespaces);
		createDebug.namespaces = namespaces;

		createDebug.names = [];
		createDebug.skips = [];

		const split = (typeof namespaces === 'string' ? namespaces : '')
			.trim()
			.replace(/\s+/g, ',')
			.split(',')
			.filter(Boolean);

		for (const ns of split) {
			if (ns[0] === '-') {
				createDebug.skips.push(ns.slice(1));
			} else {
				createDebug.names.push(ns);
			}
		}
	}

	/**
	 * Checks if the given string matches a namespace template, honoring
	 * asterisks as wildcards.
	 *
	 * @param {String} search
	 * @param {String} template
	 * @return {Boolean}
	 */
	function matchesTemplate(search, template) {
		let searchIndex = 0;
		let templateIndex = 0;
		let starIndex = -1;
		let matchIndex = 0;

		while (searchIndex < search.length) {
			if (templateIndex < template.length && (template[templateIndex] === search[searchIndex] || template[templateIndex] === '*')) {
				// Match character or proceed with wildcard
				if (template[templateIndex] === '*') {
					starIndex = templateIndex;
					matchIndex = searchIndex;
					templateIndex++; // Skip the '*'
				} else {
					searchIndex++;
					templateIndex++;
				}
			} else if (starIndex !== -1) { // eslint-disable-line no-negated-condition
				// Backtrack to the last '*' and try to match more characters
				templateIndex = starIndex + 1;
				matchIndex++;
				searchIndex = matchIndex;
			} else {
				return false; // No match
			}
		}

		// Handle trailing '*' in template
		while (templateIndex < template.length && template[templateIndex] === '*') {
			templateIndex++;
		}

		return templateIndex === template.length;
	}

	/**
	* Disable debug output.
	*
	* @return {String} namespaces
	* @api public
	*/
	function disable() {
		const namespaces = [
			...createDebug.names,
			...createDebug.skips.map(namespace => '-' + namespace)
		].join(',');
		createDebug.enable('');
		return namespaces;
	}

	/**
	* Returns true if the given mode name is enabled, false otherwise.
	*
	* @param {String} name
	* @return {Boolean}
	* @api public
	*/
	function enabled(name) {
		for (const skip of createDebug.skips) {
			if (matchesTemplate(name, skip)) {
				return false;
			}
		}

		for (const ns of createDebug.names) {
			if (matchesTemplate(name, ns)) {
				return true;
			}
		}

		return false;
	}

	/**
	* Coerce `val`.
	*
	* @param {Mixed} val
	* @return {Mixed}
	* @api private
	*/
	function coerce(val) {
		if (val instanceof Error) {
			return val.stack || val.message;
		}
		return val;
	}

	/**
	* XXX DO NOT USE. This is a temporary stub function.
	* XXX It WILL be removed in the next major release.
	*/
	function destroy() {
		console.warn('Instance method `debug.destroy()` is deprecated and no longer does anything. It will be removed in the next major version of `debug`.');
	}

	createDebug.enable(createDebug.load());

	return createDebug;
}

module.exports = setup;


/***/ }),

/***/ 5994:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

/**
 * Detect Electron renderer / nwjs process, which is node, but we should
 * treat as a browser.
 */

if (typeof process === 'undefined' || process.type === 'renderer' || process.browser === true || process.__nwjs) {
	module.exports = __nccwpck_require__(3130);
} else {
	module.exports = __nccwpck_require__(4240);
}


/***/ }),

/***/ 4240:
/***/ ((module, exports, __nccwpck_require__) => {

/**
 * Module dependencies.
 */

const tty = __nccwpck_require__(2018);
const util = __nccwpck_require__(9023);

/**
 * This is the Node.js implementation of `debug()`.
 */

exports.init = init;
exports.log = log;
exports.formatArgs = formatArgs;
exports.save = save;
exports.load = load;
exports.useColors = useColors;
exports.destroy = util.deprecate(
	() => {},
	'Instance method `debug.destroy()` is deprecated and no longer does anything. It will be removed in the next major version of `debug`.'
);

/**
 * Colors.
 */

exports.colors = [6, 2, 3, 4, 5, 1];

try {
	// Optional dependency (as in, doesn't need to be installed, NOT like optionalDependencies in package.json)
	// eslint-disable-next-line import/no-extraneous-dependencies
	const supportsColor = __nccwpck_require__(1450);

	if (supportsColor && (supportsColor.stderr || supportsColor).level >= 2) {
		exports.colors = [
			20,
			21,
			26,
			27,
			32,
			33,
			38,
			39,
			40,
			41,
			42,
			43,
			44,
			45,
			56,
			57,
			62,
			63,
			68,
			69,
			74,
			75,
			76,
			77,
			78,
			79,
			80,
			81,
			92,
			93,
			98,
			99,
			112,
			113,
			128,
			129,
			134,
			135,
			148,
			149,
			160,
			161,
			162,
			163,
			164,
			165,
			166,
			167,
			168,
			169,
			170,
			171,
			172,
			173,
			178,
			179,
			184,
			185,
			196,
			197,
			198,
			199,
			200,
			201,
			202,
			203,
			204,
			205,
			206,
			207,
			208,
			209,
			214,
			215,
			220,
			221
		];
	}
} catch (error) {
	// Swallow - we only care if `supports-color` is available; it doesn't have to be.
}

/**
 * Build up the default `inspectOpts` object from the environment variables.
 *
 *   $ DEBUG_COLORS=no DEBUG_DEPTH=10 DEBUG_SHOW_HIDDEN=enabled node script.js
 */

exports.inspectOpts = Object.keys(process.env).filter(key => {
	return /^debug_/i.test(key);
}).reduce((obj, key) => {
	// Camel-case
	const prop = key
		.substring(6)
		.toLowerCase()
		.replace(/_([a-z])/g, (_, k) => {
			return k.toUpperCase();
		});

	// Coerce string value into JS value
	let val = process.env[key];
	if (/^(yes|on|true|enabled)$/i.test(val)) {
		val = true;
	} else if (/^(no|off|false|disabled)$/i.test(val)) {
		val = false;
	} else if (val === 'null') {
		val = null;
	} else {
		val = Number(val);
	}

	obj[prop] = val;
	return obj;
}, {});

/**
 * Is stdout a TTY? Colored output is enabled when `true`.
 */

function useColors() {
	return 'colors' in exports.inspectOpts ?
		Boolean(exports.inspectOpts.colors) :
		tty.isatty(process.stderr.fd);
}

/**
 * Adds ANSI color escape codes if enabled.
 *
 * @api public
 */

function formatArgs(args) {
	const {namespace: name, useColors} = this;

	if (useColors) {
		const c = this.color;
		const colorCode = '\u001B[3' + (c < 8 ? c : '8;5;' + c);
		const prefix = `  ${colorCode};1m${name} \u001B[0m`;

		args[0] = prefix + args[0].split('\n').join('\n' + prefix);
		args.push(colorCode + 'm+' + module.exports.humanize(this.diff) + '\u001B[0m');
	} else {
		args[0] = getDate() + name + ' ' + args[0];
	}
}

function getDate() {
	if (exports.inspectOpts.hideDate) {
		return '';
	}
	return new Date().toISOString() + ' ';
}

/**
 * Invokes `util.formatWithOptions()` with the specified arguments and writes to stderr.
 */

function log(...args) {
	return process.stderr.write(util.formatWithOptions(exports.inspectOpts, ...args) + '\n');
}

/**
 * Save `namespaces`.
 *
 * @param {String} namespaces
 * @api private
 */
function save(namespaces) {
	if (namespaces) {
		process.env.DEBUG = namespaces;
	} else {
		// If you set a process.env field to null or undefined, it gets cast to the
		// string 'null' or 'undefined'. Just delete instead.
		delete process.env.DEBUG;
	}
}

/**
 * Load `namespaces`.
 *
 * @return {String} returns the previously persisted debug modes
 * @api private
 */

function load() {
	return process.env.DEBUG;
}

/**
 * Init logic for `debug` instances.
 *
 * Create a new `inspectOpts` object in case `useColors` is set
 * differently for a particular `debug` instance.
 */

function init(debug) {
	debug.inspectOpts = {};

	const keys = Object.keys(exports.inspectOpts);
	for (let i = 0; i < keys.length; i++) {
		debug.inspectOpts[keys[i]] = exports.inspectOpts[keys[i]];
	}
}

module.exports = __nccwpck_require__(2565)(exports);

const {formatters} = module.exports;

/**
 * Map %o to `util.inspect()`, all on a single line.
 */

formatters.o = function (v) {
	this.inspectOpts.colors = this.useColors;
	return util.inspect(v, this.inspectOpts)
		.split('\n')
		.map(str => str.trim())
		.join(' ');
};

/**
 * Map %O to `util.inspect()`, allowing multiple lines if needed.
 */

formatters.O = function (v) {
	this.inspectOpts.colors = this.useColors;
	return util.inspect(v, this.inspectOpts);
};


/***/ }),

/***/ 4826:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

var json_stringify = (__nccwpck_require__(3651).stringify);
var json_parse     = __nccwpck_require__(3197);

module.exports = function(options) {
    return  {
        parse: json_parse(options),
        stringify: json_stringify
    }
};
//create the default method members with no options applied for backwards compatibility
module.exports.parse = json_parse();
module.exports.stringify = json_stringify;


/***/ }),

/***/ 3197:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

var BigNumber = null;

// regexpxs extracted from
// (c) BSD-3-Clause
// https://github.com/fastify/secure-json-parse/graphs/contributors and https://github.com/hapijs/bourne/graphs/contributors

const suspectProtoRx = /(?:_|\\u005[Ff])(?:_|\\u005[Ff])(?:p|\\u0070)(?:r|\\u0072)(?:o|\\u006[Ff])(?:t|\\u0074)(?:o|\\u006[Ff])(?:_|\\u005[Ff])(?:_|\\u005[Ff])/;
const suspectConstructorRx = /(?:c|\\u0063)(?:o|\\u006[Ff])(?:n|\\u006[Ee])(?:s|\\u0073)(?:t|\\u0074)(?:r|\\u0072)(?:u|\\u0075)(?:c|\\u0063)(?:t|\\u0074)(?:o|\\u006[Ff])(?:r|\\u0072)/;

/*
    json_parse.js
    2012-06-20

    Public Domain.

    NO WARRANTY EXPRESSED OR IMPLIED. USE AT YOUR OWN RISK.

    This file creates a json_parse function.
    During create you can (optionally) specify some behavioural switches

        require('json-bigint')(options)

            The optional options parameter holds switches that drive certain
            aspects of the parsing process:
            * options.strict = true will warn about duplicate-key usage in the json.
              The default (strict = false) will silently ignore those and overwrite
              values for keys that are in duplicate use.

    The resulting function follows this signature:
        json_parse(text, reviver)
            This method parses a JSON text to produce an object or array.
            It can throw a SyntaxError exception.

            The optional reviver parameter is a function that can filter and
            transform the results. It receives each of the keys and values,
            and its return value is used instead of the original value.
            If it returns what it received, then the structure is not modified.
            If it returns undefined then the member is deleted.

            Example:

            // Parse the text. Values that look like ISO date strings will
            // be converted to Date objects.

            myData = json_parse(text, function (key, value) {
                var a;
                if (typeof value === 'string') {
                    a =
/^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2}(?:\.\d*)?)Z$/.exec(value);
                    if (a) {
                        return new Date(Date.UTC(+a[1], +a[2] - 1, +a[3], +a[4],
                            +a[5], +a[6]));
                    }
                }
                return value;
            });

    This is a reference implementation. You are free to copy, modify, or
    redistribute.

    This code should be minified before deployment.
    See http://javascript.crockford.com/jsmin.html

    USE YOUR OWN COPY. IT IS EXTREMELY UNWISE TO LOAD CODE FROM SERVERS YOU DO
    NOT CONTROL.
*/

/*members "", "\"", "\/", "\\", at, b, call, charAt, f, fromCharCode,
    hasOwnProperty, message, n, name, prototype, push, r, t, text
*/

var json_parse = function (options) {
  'use strict';

  // This is a function that can parse a JSON text, producing a JavaScript
  // data structure. It is a simple, recursive descent parser. It does not use
  // eval or regular expressions, so it can be used as a model for implementing
  // a JSON parser in other languages.

  // We are defining the function inside of another function to avoid creating
  // global variables.

  // Default options one can override by passing options to the parse()
  var _options = {
    strict: false, // not being strict means do not generate syntax errors for "duplicate key"
    storeAsString: false, // toggles whether the values should be stored as BigNumber (default) or a string
    alwaysParseAsBig: false, // toggles whether all numbers should be Big
    useNativeBigInt: false, // toggles whether to use native BigInt instead of bignumber.js
    protoAction: 'error',
    constructorAction: 'error',
  };

  // If there are options, then use them to override the default _options
  if (options !== undefined && options !== null) {
    if (options.strict === true) {
      _options.strict = true;
    }
    if (options.storeAsString === true) {
      _options.storeAsString = true;
    }
    _options.alwaysParseAsBig =
      options.alwaysParseAsBig === true ? options.alwaysParseAsBig : false;
    _options.useNativeBigInt =
      options.useNativeBigInt === true ? options.useNativeBigInt : false;

    if (typeof options.constructorAction !== 'undefined') {
      if (
        options.constructorAction === 'error' ||
        options.constructorAction === 'ignore' ||
        options.constructorAction === 'preserve'
      ) {
        _options.constructorAction = options.constructorAction;
      } else {
        throw new Error(
          `Incorrect value for constructorAction option, must be "error", "ignore" or undefined but passed ${options.constructorAction}`
        );
      }
    }

    if (typeof options.protoAction !== 'undefined') {
      if (
        options.protoAction === 'error' ||
        options.protoAction === 'ignore' ||
        options.protoAction === 'preserve'
      ) {
        _options.protoAction = options.protoAction;
      } else {
        throw new Error(
          `Incorrect value for protoAction option, must be "error", "ignore" or undefined but passed ${options.protoAction}`
        );
      }
    }
  }

  var at, // The index of the current character
    ch, // The current character
    escapee = {
      '"': '"',
      '\\': '\\',
      '/': '/',
      b: '\b',
      f: '\f',
      n: '\n',
      r: '\r',
      t: '\t',
    },
    text,
    error = function (m) {
      // Call error when something is wrong.

      throw {
        name: 'SyntaxError',
        message: m,
        at: at,
        text: text,
      };
    },
    next = function (c) {
      // If a c parameter is provided, verify that it matches the current character.

      if (c && c !== ch) {
        error("Expected '" + c + "' instead of '" + ch + "'");
      }

      // Get the next character. When there are no more characters,
      // return the empty string.

      ch = text.charAt(at);
      at += 1;
      return ch;
    },
    number = function () {
      // Parse a number value.

      var number,
        string = '';

      if (ch === '-') {
        string = '-';
        next('-');
      }
      while (ch >= '0' && ch <= '9') {
        string += ch;
        next();
      }
      if (ch === '.') {
        string += '.';
        while (next() && ch >= '0' && ch <= '9') {
          string += ch;
        }
      }
      if (ch === 'e' || ch === 'E') {
        string += ch;
        next();
        if (ch === '-' || ch === '+') {
          string += ch;
          next();
        }
        while (ch >= '0' && ch <= '9') {
          string += ch;
          next();
        }
      }
      number = +string;
      if (!isFinite(number)) {
        error('Bad number');
      } else {
        if (BigNumber == null) BigNumber = __nccwpck_require__(1259);
        //if (number > 9007199254740992 || number < -9007199254740992)
        // Bignumber has stricter check: everything with length > 15 digits disallowed
        if (string.length > 15)
          return _options.storeAsString
            ? string
            : _options.useNativeBigInt
            ? BigInt(string)
            : new BigNumber(string);
        else
          return !_options.alwaysParseAsBig
            ? number
            : _options.useNativeBigInt
            ? BigInt(number)
            : new BigNumber(number);
      }
    },
    string = function () {
      // Parse a string value.

      var hex,
        i,
        string = '',
        uffff;

      // When parsing for string values, we must look for " and \ characters.

      if (ch === '"') {
        var startAt = at;
        while (next()) {
          if (ch === '"') {
            if (at - 1 > startAt) string += text.substring(startAt, at - 1);
            next();
            return string;
          }
          if (ch === '\\') {
            if (at - 1 > startAt) string += text.substring(startAt, at - 1);
            next();
            if (ch === 'u') {
              uffff = 0;
              for (i = 0; i < 4; i += 1) {
                hex = parseInt(next(), 16);
                if (!isFinite(hex)) {
                  break;
                }
                uffff = uffff * 16 + hex;
              }
              string += String.fromCharCode(uffff);
            } else if (typeof escapee[ch] === 'string') {
              string += escapee[ch];
            } else {
              break;
            }
            startAt = at;
          }
        }
      }
      error('Bad string');
    },
    white = function () {
      // Skip whitespace.

      while (ch && ch <= ' ') {
        next();
      }
    },
    word = function () {
      // true, false, or null.

      switch (ch) {
        case 't':
          next('t');
          next('r');
          next('u');
          next('e');
          return true;
        case 'f':
          next('f');
          next('a');
          next('l');
          next('s');
          next('e');
          return false;
        case 'n':
          next('n');
          next('u');
          next('l');
          next('l');
          return null;
      }
      error("Unexpected '" + ch + "'");
    },
    value, // Place holder for the value function.
    array = function () {
      // Parse an array value.

      var array = [];

      if (ch === '[') {
        next('[');
        white();
        if (ch === ']') {
          next(']');
          return array; // empty array
        }
        while (ch) {
          array.push(value());
          white();
          if (ch === ']') {
            next(']');
            return array;
          }
          next(',');
          white();
        }
      }
      error('Bad array');
    },
    object = function () {
      // Parse an object value.

      var key,
        object = Object.create(null);

      if (ch === '{') {
        next('{');
        white();
        if (ch === '}') {
          next('}');
          return object; // empty object
        }
        while (ch) {
          key = string();
          white();
          next(':');
          if (
            _options.strict === true &&
            Object.hasOwnProperty.call(object, key)
          ) {
            error('Duplicate key "' + key + '"');
          }

          if (suspectProtoRx.test(key) === true) {
            if (_options.protoAction === 'error') {
              error('Object contains forbidden prototype property');
            } else if (_options.protoAction === 'ignore') {
              value();
            } else {
              object[key] = value();
            }
          } else if (suspectConstructorRx.test(key) === true) {
            if (_options.constructorAction === 'error') {
              error('Object contains forbidden constructor property');
            } else if (_options.constructorAction === 'ignore') {
              value();
            } else {
              object[key] = value();
            }
          } else {
            object[key] = value();
          }

          white();
          if (ch === '}') {
            next('}');
            return object;
          }
          next(',');
          white();
        }
      }
      error('Bad object');
    };

  value = function () {
    // Parse a JSON value. It could be an object, an array, a string, a number,
    // or a word.

    white();
    switch (ch) {
      case '{':
        return object();
      case '[':
        return array();
      case '"':
        return string();
      case '-':
        return number();
      default:
        return ch >= '0' && ch <= '9' ? number() : word();
    }
  };

  // Return the json_parse function. It will have access to all of the above
  // functions and variables.

  return function (source, reviver) {
    var result;

    text = source + '';
    at = 0;
    ch = ' ';
    result = value();
    white();
    if (ch) {
      error('Syntax error');
    }

    // If there is a reviver function, we recursively walk the new structure,
    // passing each name/value pair to the reviver function for possible
    // transformation, starting with a temporary root object that holds the result
    // in an empty key. If there is not a reviver function, we simply return the
    // result.

    return typeof reviver === 'function'
      ? (function walk(holder, key) {
          var k,
            v,
            value = holder[key];
          if (value && typeof value === 'object') {
            Object.keys(value).forEach(function (k) {
              v = walk(value, k);
              if (v !== undefined) {
                value[k] = v;
              } else {
                delete value[k];
              }
            });
          }
          return reviver.call(holder, key, value);
        })({ '': result }, '')
      : result;
  };
};

module.exports = json_parse;


/***/ }),

/***/ 3651:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

var BigNumber = __nccwpck_require__(1259);

/*
    json2.js
    2013-05-26

    Public Domain.

    NO WARRANTY EXPRESSED OR IMPLIED. USE AT YOUR OWN RISK.

    See http://www.JSON.org/js.html


    This code should be minified before deployment.
    See http://javascript.crockford.com/jsmin.html

    USE YOUR OWN COPY. IT IS EXTREMELY UNWISE TO LOAD CODE FROM SERVERS YOU DO
    NOT CONTROL.


    This file creates a global JSON object containing two methods: stringify
    and parse.

        JSON.stringify(value, replacer, space)
            value       any JavaScript value, usually an object or array.

            replacer    an optional parameter that determines how object
                        values are stringified for objects. It can be a
                        function or an array of strings.

            space       an optional parameter that specifies the indentation
                        of nested structures. If it is omitted, the text will
                        be packed without extra whitespace. If it is a number,
                        it will specify the number of spaces to indent at each
                        level. If it is a string (such as '\t' or '&nbsp;'),
                        it contains the characters used to indent at each level.

            This method produces a JSON text from a JavaScript value.

            When an object value is found, if the object contains a toJSON
            method, its toJSON method will be called and the result will be
            stringified. A toJSON method does not serialize: it returns the
            value represented by the name/value pair that should be serialized,
            or undefined if nothing should be serialized. The toJSON method
            will be passed the key associated with the value, and this will be
            bound to the value

            For example, this would serialize Dates as ISO strings.

                Date.prototype.toJSON = function (key) {
                    function f(n) {
                        // Format integers to have at least two digits.
                        return n < 10 ? '0' + n : n;
                    }

                    return this.getUTCFullYear()   + '-' +
                         f(this.getUTCMonth() + 1) + '-' +
                         f(this.getUTCDate())      + 'T' +
                         f(this.getUTCHours())     + ':' +
                         f(this.getUTCMinutes())   + ':' +
                         f(this.getUTCSeconds())   + 'Z';
                };

            You can provide an optional replacer method. It will be passed the
            key and value of each member, with this bound to the containing
            object. The value that is returned from your method will be
            serialized. If your method returns undefined, then the member will
            be excluded from the serialization.

            If the replacer parameter is an array of strings, then it will be
            used to select the members to be serialized. It filters the results
            such that only members with keys listed in the replacer array are
            stringified.

            Values that do not have JSON representations, such as undefined or
            functions, will not be serialized. Such values in objects will be
            dropped; in arrays they will be replaced with null. You can use
            a replacer function to replace those with JSON values.
            JSON.stringify(undefined) returns undefined.

            The optional space parameter produces a stringification of the
            value that is filled with line breaks and indentation to make it
            easier to read.

            If the space parameter is a non-empty string, then that string will
            be used for indentation. If the space parameter is a number, then
            the indentation will be that many spaces.

            Example:

            text = JSON.stringify(['e', {pluribus: 'unum'}]);
            // text is '["e",{"pluribus":"unum"}]'


            text = JSON.stringify(['e', {pluribus: 'unum'}], null, '\t');
            // text is '[\n\t"e",\n\t{\n\t\t"pluribus": "unum"\n\t}\n]'

            text = JSON.stringify([new Date()], function (key, value) {
                return this[key] instanceof Date ?
                    'Date(' + this[key] + ')' : value;
            });
            // text is '["Date(---current time---)"]'


        JSON.parse(text, reviver)
            This method parses a JSON text to produce an object or array.
            It can throw a SyntaxError exception.

            The optional reviver parameter is a function that can filter and
            transform the results. It receives each of the keys and values,
            and its return value is used instead of the original value.
            If it returns what it received, then the structure is not modified.
            If it returns undefined then the member is deleted.

            Example:

            // Parse the text. Values that look like ISO date strings will
            // be converted to Date objects.

            myData = JSON.parse(text, function (key, value) {
                var a;
                if (typeof value === 'string') {
                    a =
/^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2}(?:\.\d*)?)Z$/.exec(value);
                    if (a) {
                        return new Date(Date.UTC(+a[1], +a[2] - 1, +a[3], +a[4],
                            +a[5], +a[6]));
                    }
                }
                return value;
            });

            myData = JSON.parse('["Date(09/09/2001)"]', function (key, value) {
                var d;
                if (typeof value === 'string' &&
                        value.slice(0, 5) === 'Date(' &&
                        value.slice(-1) === ')') {
                    d = new Date(value.slice(5, -1));
                    if (d) {
                        return d;
                    }
                }
                return value;
            });


    This is a reference implementation. You are free to copy, modify, or
    redistribute.
*/

/*jslint evil: true, regexp: true */

/*members "", "\b", "\t", "\n", "\f", "\r", "\"", JSON, "\\", apply,
    call, charCodeAt, getUTCDate, getUTCFullYear, getUTCHours,
    getUTCMinutes, getUTCMonth, getUTCSeconds, hasOwnProperty, join,
    lastIndex, length, parse, prototype, push, replace, slice, stringify,
    test, toJSON, toString, valueOf
*/


// Create a JSON object only if one does not already exist. We create the
// methods in a closure to avoid creating global variables.

var JSON = module.exports;

(function () {
    'use strict';

    function f(n) {
        // Format integers to have at least two digits.
        return n < 10 ? '0' + n : n;
    }

    var cx = /[\u0000\u00ad\u0600-\u0604\u070f\u17b4\u17b5\u200c-\u200f\u2028-\u202f\u2060-\u206f\ufeff\ufff0-\uffff]/g,
        escapable = /[\\\"\x00-\x1f\x7f-\x9f\u00ad\u0600-\u0604\u070f\u17b4\u17b5\u200c-\u200f\u2028-\u202f\u2060-\u206f\ufeff\ufff0-\uffff]/g,
        gap,
        indent,
        meta = {    // table of character substitutions
            '\b': '\\b',
            '\t': '\\t',
            '\n': '\\n',
            '\f': '\\f',
            '\r': '\\r',
            '"' : '\\"',
            '\\': '\\\\'
        },
        rep;


    function quote(string) {

// If the string contains no control characters, no quote characters, and no
// backslash characters, then we can safely slap some quotes around it.
// Otherwise we must also replace the offending characters with safe escape
// sequences.

        escapable.lastIndex = 0;
        return escapable.test(string) ? '"' + string.replace(escapable, function (a) {
            var c = meta[a];
            return typeof c === 'string'
                ? c
                : '\\u' + ('0000' + a.charCodeAt(0).toString(16)).slice(-4);
        }) + '"' : '"' + string + '"';
    }


    function str(key, holder) {

// Produce a string from holder[key].

        var i,          // The loop counter.
            k,          // The member key.
            v,          // The member value.
            length,
            mind = gap,
            partial,
            value = holder[key],
            isBigNumber = value != null && (value instanceof BigNumber || BigNumber.isBigNumber(value));

// If the value has a toJSON method, call it to obtain a replacement value.

        if (value && typeof value === 'object' &&
                typeof value.toJSON === 'function') {
            value = value.toJSON(key);
        }

// If we were called with a replacer function, then call the replacer to
// obtain a replacement value.

        if (typeof rep === 'function') {
            value = rep.call(holder, key, value);
        }

// What happens next depends on the value's type.

        switch (typeof value) {
        case 'string':
            if (isBigNumber) {
                return value;
            } else {
                return quote(value);
            }

        case 'number':

// JSON numbers must be finite. Encode non-finite numbers as null.

            return isFinite(value) ? String(value) : 'null';

        case 'boolean':
        case 'null':
        case 'bigint':

// If the value is a boolean or null, convert it to a string. Note:
// typeof null does not produce 'null'. The case is included here in
// the remote chance that this gets fixed someday.

            return String(value);

// If the type is 'object', we might be dealing with an object or an array or
// null.

        case 'object':

// Due to a specification blunder in ECMAScript, typeof null is 'object',
// so watch out for that case.

            if (!value) {
                return 'null';
            }

// Make an array to hold the partial results of stringifying this object value.

            gap += indent;
            partial = [];

// Is the value an array?

            if (Object.prototype.toString.apply(value) === '[object Array]') {

// The value is an array. Stringify every element. Use null as a placeholder
// for non-JSON values.

                length = value.length;
                for (i = 0; i < length; i += 1) {
                    partial[i] = str(i, value) || 'null';
                }

// Join all of the elements together, separated with commas, and wrap them in
// brackets.

                v = partial.length === 0
                    ? '[]'
                    : gap
                    ? '[\n' + gap + partial.join(',\n' + gap) + '\n' + mind + ']'
                    : '[' + partial.join(',') + ']';
                gap = mind;
                return v;
            }

// If the replacer is an array, use it to select the members to be stringified.

            if (rep && typeof rep === 'object') {
                length = rep.length;
                for (i = 0; i < length; i += 1) {
                    if (typeof rep[i] === 'string') {
                        k = rep[i];
                        v = str(k, value);
                        if (v) {
                            partial.push(quote(k) + (gap ? ': ' : ':') + v);
                        }
                    }
                }
            } else {

// Otherwise, iterate through all of the keys in the object.

                Object.keys(value).forEach(function(k) {
                    var v = str(k, value);
                    if (v) {
                        partial.push(quote(k) + (gap ? ': ' : ':') + v);
                    }
                });
            }

// Join all of the member texts together, separated with commas,
// and wrap them in braces.

            v = partial.length === 0
                ? '{}'
                : gap
                ? '{\n' + gap + partial.join(',\n' + gap) + '\n' + mind + '}'
                : '{' + partial.join(',') + '}';
            gap = mind;
            return v;
        }
    }

// If the JSON object does not yet have a stringify method, give it one.

    if (typeof JSON.stringify !== 'function') {
        JSON.stringify = function (value, replacer, space) {

// The stringify method takes a value and an optional replacer, and an optional
// space parameter, and returns a JSON text. The replacer can be a function
// that can replace values, or an array of strings that will select the keys.
// A default replacer method can be provided. Use of the space parameter can
// produce text that is more easily readable.

            var i;
            gap = '';
            indent = '';

// If the space parameter is a number, make an indent string containing that
// many spaces.

            if (typeof space === 'number') {
                for (i = 0; i < space; i += 1) {
                    indent += ' ';
                }

// If the space parameter is a string, it will be used as the indent string.

            } else if (typeof space === 'string') {
                indent = space;
            }

// If there is a replacer, it must be a function or an array.
// Otherwise, throw an error.

            rep = replacer;
            if (replacer && typeof replacer !== 'function' &&
                    (typeof replacer !== 'object' ||
                    typeof replacer.length !== 'number')) {
                throw new Error('JSON.stringify');
            }

// Make a fake root object containing our value under the key of ''.
// Return the result of stringifying the value.

            return str('', {'': value});
        };
    }
}());


/***/ }),

/***/ 4108:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



const fs = __nccwpck_require__(9896);
const os = __nccwpck_require__(857);
const crypto = __nccwpck_require__(6982);

/**
 * Load *.json file synchronous. Don't use require('*.json')
 * to load *.json files, it will cached in process.
 * @param {String} filename absolute file path
 * @return {Object} a parsed object
 */
exports.loadJSONSync = function (filename) {
  // strip BOM
  var content = fs.readFileSync(filename, 'utf8');
  if (content.charCodeAt(0) === 0xFEFF) {
    content = content.slice(1);
  }
  try {
    return JSON.parse(content);
  } catch (err) {
    err.message = filename + ': ' + err.message;
    throw err;
  }
};

/**
 * Encoding a string to Buffer safely
 * @param {String} str string.
 * @param {String} encoding. optional.
 * @return {Buffer} encoded buffer
 */
exports.encode = function (str, encoding) {
  if (typeof str !== 'string') {
    str = '' + str;
  }

  return new Buffer(str, encoding);
};

/**
 * Generate a haser with specfied algorithm
 * @param {String} algorithm can be md5, etc.
 * @return {Function} a haser with specfied algorithm
 */
exports.makeHasher = function (algorithm) {
  return function (data, encoding) {
    var shasum = crypto.createHash(algorithm);
    shasum.update(data);
    return shasum.digest(encoding);
  };
};

exports.createHash = exports.makeHasher;

/**
 * Get md5 hash digests of data
 * @param {String|Buffer} data data.
 * @param {String} encoding optionnal. can be 'hex', 'binary', 'base64'.
 * @return {String|Buffer} if no encoding is provided, a buffer is returned.
 */
exports.md5 = exports.makeHasher('md5');

/**
 * Get sha1 hash digests of data
 * @param {String|Buffer} data data.
 * @param {String} key the key.
 * @param {String} encoding optionnal. can be 'hex', 'binary', 'base64'.
 * @return {String|Buffer} if no encoding is provided, a buffer is returned.
 */
exports.createHmac = function (algorithm) {
  return function (data, key, encoding) {
    return crypto.createHmac(algorithm, key).update(data).digest(encoding);
  };
};

/**
 * Get sha1 hash digests of data
 * @param {String|Buffer} data data.
 * @param {String} key the key.
 * @param {String} encoding optionnal. can be 'hex', 'binary', 'base64'.
 * @return {String|Buffer} if no encoding is provided, a buffer is returned.
 */
exports.sha1 = exports.createHmac('sha1');

/**
 * Get a random value in a range
 * @param {Number} min range start.
 * @param {Number} max range end.
 */
exports.random = function (min, max) {
  return Math.floor(min + Math.random() * (max - min));
};

/**
 * Generate a nonce string
 * @return {String} a nonce string.
 */
exports.makeNonce = (function() {
  var counter = 0;
  var last;
  const machine = os.hostname();
  const pid = process.pid;

  return function () {
    var val = Math.floor(Math.random() * 1000000000000);
    if (val === last) {
      counter++;
    } else {
      counter = 0;
    }

    last = val;

    var uid = `${machine}${pid}${val}${counter}`;
    return exports.md5(uid, 'hex');
  };
}());

/**
 * Pad a number as \d\d format
 * @param {Number} num a number that less than 100.
 * @return {String} if number less than 10, pad with 0,
 *  otherwise, returns string of number.
 */
exports.pad2 = function (num) {
  if (num < 10) {
    return '0' + num;
  }
  return '' + num;
};

/**
 * Pad a number as \d\d\d format
 * @param {Number} num a number that less than 1000.
 * @return {String} if number less than 100, pad with 0,
 *  otherwise, returns string of number.
 */
exports.pad3 = function (num) {
  if (num < 10) {
    return '00' + num;
  } else if (num < 100) {
    return '0' + num;
  }
  return '' + num;
};

/**
 * Return the YYYYMMDD format of a date.
 * @param {Date} date a Date object.
 * @return {String} the YYYYMMDD format.
 */
exports.getYYYYMMDD = function (date) {
  var YYYY = date.getFullYear();
  var MM = exports.pad2(date.getMonth() + 1);
  var DD = exports.pad2(date.getDate());
  return '' + YYYY + MM + DD;
};

/**
 * sleep a while.
 * @param {Number} in milliseconds
 * @return {Promise} a Promise
 */
exports.sleep = function (ms) {
  return new Promise((resolve) => {
    setTimeout(resolve, ms);
  });
};

/**
 * Get the IPv4 address
 * @return {String} the IPv4 address, or empty string
 */
exports.getIPv4 = function () {
  var interfaces = os.networkInterfaces();
  var keys = Object.keys(interfaces);
  for (var i = 0; i < keys.length; i++) {
    var key = keys[i];
    var addresses = interfaces[key];
    for (var j = 0; j < addresses.length; j++) {
      var item = addresses[j];
      if (!item.internal && item.family === 'IPv4') {
        return item.address;
      }
    }
  }

  // without non-internal address
  return '';
};

/**
 * Get the Mac address
 * @return {String} the Mac address
 */
exports.getMac = function () {
  var interfaces = os.networkInterfaces();
  var keys = Object.keys(interfaces);
  for (var i = 0; i < keys.length; i++) {
    var key = keys[i];
    var addresses = interfaces[key];
    for (var j = 0; j < addresses.length; j++) {
      var item = addresses[j];
      if (!item.internal && item.family === 'IPv4') {
        return item.mac;
      }
    }
  }

  // without non-internal address
  return '00:00:00:00:00:00';
};


/***/ }),

/***/ 744:
/***/ ((module) => {

/**
 * Helpers.
 */

var s = 1000;
var m = s * 60;
var h = m * 60;
var d = h * 24;
var w = d * 7;
var y = d * 365.25;

/**
 * Parse or format the given `val`.
 *
 * Options:
 *
 *  - `long` verbose formatting [false]
 *
 * @param {String|Number} val
 * @param {Object} [options]
 * @throws {Error} throw an error if val is not a non-empty string or a number
 * @return {String|Number}
 * @api public
 */

module.exports = function (val, options) {
  options = options || {};
  var type = typeof val;
  if (type === 'string' && val.length > 0) {
    return parse(val);
  } else if (type === 'number' && isFinite(val)) {
    return options.long ? fmtLong(val) : fmtShort(val);
  }
  throw new Error(
    'val is not a non-empty string or a valid number. val=' +
      JSON.stringify(val)
  );
};

/**
 * Parse the given `str` and return milliseconds.
 *
 * @param {String} str
 * @return {Number}
 * @api private
 */

function parse(str) {
  str = String(str);
  if (str.length > 100) {
    return;
  }
  var match = /^(-?(?:\d+)?\.?\d+) *(milliseconds?|msecs?|ms|seconds?|secs?|s|minutes?|mins?|m|hours?|hrs?|h|days?|d|weeks?|w|years?|yrs?|y)?$/i.exec(
    str
  );
  if (!match) {
    return;
  }
  var n = parseFloat(match[1]);
  var type = (match[2] || 'ms').toLowerCase();
  switch (type) {
    case 'years':
    case 'year':
    case 'yrs':
    case 'yr':
    case 'y':
      return n * y;
    case 'weeks':
    case 'week':
    case 'w':
      return n * w;
    case 'days':
    case 'day':
    case 'd':
      return n * d;
    case 'hours':
    case 'hour':
    case 'hrs':
    case 'hr':
    case 'h':
      return n * h;
    case 'minutes':
    case 'minute':
    case 'mins':
    case 'min':
    case 'm':
      return n * m;
    case 'seconds':
    case 'second':
    case 'secs':
    case 'sec':
    case 's':
      return n * s;
    case 'milliseconds':
    case 'millisecond':
    case 'msecs':
    case 'msec':
    case 'ms':
      return n;
    default:
      return undefined;
  }
}

/**
 * Short format for `ms`.
 *
 * @param {Number} ms
 * @return {String}
 * @api private
 */

function fmtShort(ms) {
  var msAbs = Math.abs(ms);
  if (msAbs >= d) {
    return Math.round(ms / d) + 'd';
  }
  if (msAbs >= h) {
    return Math.round(ms / h) + 'h';
  }
  if (msAbs >= m) {
    return Math.round(ms / m) + 'm';
  }
  if (msAbs >= s) {
    return Math.round(ms / s) + 's';
  }
  return ms + 'ms';
}

/**
 * Long format for `ms`.
 *
 * @param {Number} ms
 * @return {String}
 * @api private
 */

function fmtLong(ms) {
  var msAbs = Math.abs(ms);
  if (msAbs >= d) {
    return plural(ms, msAbs, d, 'day');
  }
  if (msAbs >= h) {
    return plural(ms, msAbs, h, 'hour');
  }
  if (msAbs >= m) {
    return plural(ms, msAbs, m, 'minute');
  }
  if (msAbs >= s) {
    return plural(ms, msAbs, s, 'second');
  }
  return ms + ' ms';
}

/**
 * Pluralization helper.
 */

function plural(ms, msAbs, n, name) {
  var isPlural = msAbs >= n * 1.5;
  return Math.round(ms / n) + ' ' + name + (isPlural ? 's' : '');
}


/***/ }),

/***/ 1450:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {


const os = __nccwpck_require__(857);
const tty = __nccwpck_require__(2018);
const hasFlag = __nccwpck_require__(3813);

const {env} = process;

let forceColor;
if (hasFlag('no-color') ||
	hasFlag('no-colors') ||
	hasFlag('color=false') ||
	hasFlag('color=never')) {
	forceColor = 0;
} else if (hasFlag('color') ||
	hasFlag('colors') ||
	hasFlag('color=true') ||
	hasFlag('color=always')) {
	forceColor = 1;
}

if ('FORCE_COLOR' in env) {
	if (env.FORCE_COLOR === 'true') {
		forceColor = 1;
	} else if (env.FORCE_COLOR === 'false') {
		forceColor = 0;
	} else {
		forceColor = env.FORCE_COLOR.length === 0 ? 1 : Math.min(parseInt(env.FORCE_COLOR, 10), 3);
	}
}

function translateLevel(level) {
	if (level === 0) {
		return false;
	}

	return {
		level,
		hasBasic: true,
		has256: level >= 2,
		has16m: level >= 3
	};
}

function supportsColor(haveStream, streamIsTTY) {
	if (forceColor === 0) {
		return 0;
	}

	if (hasFlag('color=16m') ||
		hasFlag('color=full') ||
		hasFlag('color=truecolor')) {
		return 3;
	}

	if (hasFlag('color=256')) {
		return 2;
	}

	if (haveStream && !streamIsTTY && forceColor === undefined) {
		return 0;
	}

	const min = forceColor || 0;

	if (env.TERM === 'dumb') {
		return min;
	}

	if (process.platform === 'win32') {
		// Windows 10 build 10586 is the first Windows release that supports 256 colors.
		// Windows 10 build 14931 is the first release that supports 16m/TrueColor.
		const osRelease = os.release().split('.');
		if (
			Number(osRelease[0]) >= 10 &&
			Number(osRelease[2]) >= 10586
		) {
			return Number(osRelease[2]) >= 14931 ? 3 : 2;
		}

		return 1;
	}

	if ('CI' in env) {
		if (['TRAVIS', 'CIRCLECI', 'APPVEYOR', 'GITLAB_CI', 'GITHUB_ACTIONS', 'BUILDKITE'].some(sign => sign in env) || env.CI_NAME === 'codeship') {
			return 1;
		}

		return min;
	}

	if ('TEAMCITY_VERSION' in env) {
		return /^(9\.(0*[1-9]\d*)\.|\d{2,}\.)/.test(env.TEAMCITY_VERSION) ? 1 : 0;
	}

	if (env.COLORTERM === 'truecolor') {
		return 3;
	}

	if ('TERM_PROGRAM' in env) {
		const version = parseInt((env.TERM_PROGRAM_VERSION || '').split('.')[0], 10);

		switch (env.TERM_PROGRAM) {
			case 'iTerm.app':
				return version >= 3 ? 3 : 2;
			case 'Apple_Terminal':
				return 2;
			// No default
		}
	}

	if (/-256(color)?$/i.test(env.TERM)) {
		return 2;
	}

	if (/^screen|^xterm|^vt100|^vt220|^rxvt|color|ansi|cygwin|linux/i.test(env.TERM)) {
		return 1;
	}

	if ('COLORTERM' in env) {
		return 1;
	}

	return min;
}

function getSupportLevel(stream) {
	const level = supportsColor(stream, stream && stream.isTTY);
	return translateLevel(level);
}

module.exports = {
	supportsColor: getSupportLevel,
	stdout: translateLevel(supportsColor(true, tty.isatty(1))),
	stderr: translateLevel(supportsColor(true, tty.isatty(2)))
};


/***/ }),

/***/ 5581:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _warnings_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(286);
/* harmony import */ var _cli_command_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(302);
/* harmony import */ var _cli_door_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(623);
/* harmony import */ var _cli_help_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(8825);
/* harmony import */ var _run_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(7977);





// The command line's entry: `dts-init-gate --job-id ID ...`, the same run as the action's.
const command = (0,_cli_command_js__WEBPACK_IMPORTED_MODULE_1__/* .readCommandLine */ .y)(process.argv.slice(2));
if (command.answer !== undefined) {
    process.stdout.write(command.answer === 'help' ? (0,_cli_help_js__WEBPACK_IMPORTED_MODULE_3__/* .helpText */ .BK)() : (0,_cli_help_js__WEBPACK_IMPORTED_MODULE_3__/* .versionText */ .KA)());
    process.exit(0);
}
// As the action's entry: calls still in flight must not hold the process once the run is reported.
process.exit(await (0,_run_js__WEBPACK_IMPORTED_MODULE_4__/* .run */ .e)((0,_cli_door_js__WEBPACK_IMPORTED_MODULE_2__/* .commandLineDoor */ .c)(command, process)));

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 302:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  U: () => (/* binding */ REPEATABLE),
  y: () => (/* binding */ readCommandLine)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
;// CONCATENATED MODULE: external "node:util"
const external_node_util_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");
// EXTERNAL MODULE: ./src/config/table.ts + 1 modules
var table = __nccwpck_require__(444);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(3916);
// EXTERNAL MODULE: ./src/text/safe.ts
var safe = __nccwpck_require__(2966);
;// CONCATENATED MODULE: ./src/cli/command.ts
/**
 * The command line, read: every input whose row of the table (src/config/table.ts) is a `flag`
 * as `--<name> <value>` (or `--<name>=<value>`), `--job-id` and `--ignore` repeatable, and the
 * command line's own options. Node's `parseArgs` splits the words; the rules are here: a flag
 * for a credential or for a GitHub-only input is refused saying why, as are an unknown flag, a
 * missing value, a flag given twice and a word that belongs to no flag.
 *
 * Reading never throws: the first thing that cannot be used is kept as an InputError, and the
 * run reports it as any refused input, so that `--json` and `--summary-file` still get their
 * ending. The words are read on to the end to find those options (and values given for
 * credentials, which are then kept out of everything printed).
 */





/** Flags that may be given more than once; their values add up, as a list across lines does. */
const REPEATABLE = new Set(['job-id', 'ignore']);
const OWN_STRING = ['summary-file', 'report-file'];
const OWN_BOOLEAN = ['json', 'help', 'version'];
const SEE_HELP = 'see dts-init-gate --help';
/** Where a credential comes from instead of a flag: its row's environment chain. */
function credentialRefusal(name, row) {
    const from = (row.defaultText ?? '').replace(/`([^`]*)`/g, '$1').replace(/^env /, 'the environment variable ');
    return (`--${name} is not a flag: a secret on a command line stays in the shell's history and in the process list. ` +
        `It comes from ${from}; or set --role-to-assume and --oidc-provider-arn where the CI gives an OIDC token`);
}
function githubOnlyRefusal(name) {
    const instead = name === 'summary' ? '; --summary-file PATH writes the summary to a file' : '';
    return `--${name} is not a flag: it means something only in a GitHub Actions workflow${instead}`;
}
function shown(token) {
    return (0,safe/* safeLine */.om)(token.rawName, 60);
}
const PARSE_OPTIONS = (() => {
    const options = {};
    for (const name of table/* INPUT_NAMES */.Qh)
        options[name] = { type: 'string', multiple: true };
    for (const name of OWN_STRING)
        options[name] = { type: 'string', multiple: true };
    for (const name of OWN_BOOLEAN)
        options[name] = { type: 'boolean', multiple: true };
    options.help.short = 'h';
    return options;
})();
/** Reads the words after the command (`process.argv.slice(2)`). */
function readCommandLine(args) {
    const line = { values: {}, options: { json: false }, secrets: [] };
    readWords(args, line, new Set());
    return line;
}
function readWords(args, line, given) {
    const { tokens } = (0,external_node_util_namespaceObject.parseArgs)({ args: [...args], options: PARSE_OPTIONS, strict: false, allowPositionals: true, tokens: true });
    const refuse = (input, message) => {
        line.refused ??= new errors/* InputError */.dz(input, message);
    };
    for (const token of tokens) {
        if (token.kind === 'option-terminator')
            continue;
        if (token.kind === 'positional') {
            refuse('', `unexpected argument ${(0,safe/* safeQuoted */.OO)(token.value, 103)}: every value goes after its flag, such as --job-id ID (${SEE_HELP})`);
            continue;
        }
        const name = token.name;
        const row = table/* INPUTS */.mc[name];
        if (!Object.hasOwn(PARSE_OPTIONS, name)) {
            refuse(name, `unknown flag ${shown(token)} (${SEE_HELP})`);
            continue;
        }
        if (row?.commandLine === 'credential') {
            if (token.value !== undefined)
                line.secrets.push(token.value);
            refuse(name, credentialRefusal(name, row));
            continue;
        }
        if (row?.commandLine === 'github-only') {
            refuse(name, githubOnlyRefusal(name));
            continue;
        }
        if (OWN_BOOLEAN.includes(name)) {
            if (token.value !== undefined)
                refuse(name, `${shown(token)} takes no value (${SEE_HELP})`);
            else if (name === 'json')
                line.options.json = true;
            else
                line.answer ??= name;
            continue;
        }
        const swallowed = token.inlineValue === false && token.value?.startsWith('-') === true;
        if (token.value === undefined || swallowed) {
            refuse(name, `${shown(token)} needs a value, such as ${shown(token)} ${row?.default || 'VALUE'} (${SEE_HELP})`);
            if (!swallowed)
                continue;
            // parseArgs took the next flag for this one's value: read on from that flag.
            readWords(args.slice(token.index + 1), line, given);
            return;
        }
        if (given.has(name) && !REPEATABLE.has(name)) {
            refuse(name, `${shown(token)} is given more than once: give it once`);
            continue;
        }
        given.add(name);
        if (row) {
            const before = line.values[name];
            line.values[name] = before === undefined ? token.value : `${before}\n${token.value}`;
        }
        else if (name === 'summary-file')
            line.options.summaryFile = (0,external_node_path_.resolve)(token.value);
        else if (name === 'report-file')
            line.options.reportFile = (0,external_node_path_.resolve)(token.value);
    }
}


/***/ }),

/***/ 623:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  c: () => (/* binding */ commandLineDoor)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(3916);
// EXTERNAL MODULE: ./src/config/endpoint.ts + 1 modules
var config_endpoint = __nccwpck_require__(5657);
// EXTERNAL MODULE: ./src/config/table.ts + 1 modules
var table = __nccwpck_require__(444);
// EXTERNAL MODULE: ./src/config/values.ts
var values = __nccwpck_require__(3750);
;// CONCATENATED MODULE: ./src/config/inputs.ts
/**
 * Reads and validates every input of the action before any call is made: each input by its row
 * of the table (table.ts), then the rules that join several inputs, all in one place below.
 * Pure: the input reader and the environment are passed in, so that tests need no @actions/core.
 */




/** What each input says as written (trimmed) and parsed by its row, in the table's order: the first that cannot be used throws. */
function parseEach(read) {
    const written = {};
    const parsed = {};
    for (const name of table/* INPUT_NAMES */.Qh) {
        const row = table/* INPUTS */.mc[name];
        const text = read(name).trim();
        written[name] = text;
        parsed[name] = row.parse(text === '' ? (0,table/* standIn */.us)(row) : text, name);
    }
    return { written: written, parsed: parsed };
}
function directFields(parsed) {
    const fields = {};
    for (const name of table/* INPUT_NAMES */.Qh) {
        const row = table/* INPUTS */.mc[name];
        if (row.field !== undefined)
            fields[row.field] = parsed[name];
    }
    return fields;
}
function regionOf(given, env) {
    if (given !== undefined)
        return given;
    for (const variable of table/* REGION_VARIABLES */.vw) {
        const value = (env[variable] ?? '').trim();
        if (value !== '')
            return (0,values/* parseRegion */.cf)(value, `region (taken from ${variable})`);
    }
    return table/* FALLBACK_REGION */.ec;
}
/**
 * `max-delay` needs `job-status`, since the delay is read with the job's state; with
 * `job-status: false` it is refused rather than ignored, because the run could never wait on
 * what it was asked to.
 */
function maxDelayOf(parsed, written) {
    const ms = parsed['max-delay'];
    if (ms !== undefined && !parsed['job-status']) {
        throw new errors/* InputError */.dz('max-delay', "max-delay needs job-status: true, since the replication delay is read with the job's state (DescribeDtsJobs or DescribeSynchronizationJobStatus); " +
            `got max-delay ${(0,errors/* refusedValue */.u6)(written)} with job-status: false`);
    }
    return ms;
}
/** The verification is read with the job's state: without it, `auto` reads nothing and `true` is refused. */
function dataCheckOf(parsed) {
    const dataCheck = parsed['data-check'];
    if (parsed['job-status'])
        return dataCheck;
    if (dataCheck === 'required') {
        throw new errors/* InputError */.dz('data-check', "data-check: true needs job-status: true, since the full data verification is read with the job's state (DescribeDtsJobs); " +
            'got data-check "true" with job-status: false');
    }
    return 'off';
}
/** The OIDC exchange needs both ARNs; neither means no exchange. */
function oidcOf(parsed) {
    const roleArn = parsed['role-to-assume'];
    const providerArn = parsed['oidc-provider-arn'];
    if (roleArn === undefined && providerArn === undefined)
        return undefined;
    if (roleArn === undefined || providerArn === undefined) {
        const [missing, given] = roleArn === undefined ? ['role-to-assume', 'oidc-provider-arn'] : ['oidc-provider-arn', 'role-to-assume'];
        throw new errors/* InputError */.dz(missing, `${given} is set but ${missing} is not: the OIDC exchange needs both role-to-assume (acs:ram::<account id>:role/<name>) and oidc-provider-arn (acs:ram::<account id>:oidc-provider/<name>)`);
    }
    return { roleArn, providerArn, audience: parsed['oidc-audience'], stsEndpoint: parsed['sts-endpoint'] };
}
/**
 * Reads every input of the action and validates it.
 *
 * @throws InputError naming the first input that cannot be used
 */
function readInputs(read, env) {
    const { written, parsed } = parseEach(read);
    const region = regionOf(parsed.region, env);
    const { endpoint, source } = parsed.endpoint !== undefined ? { endpoint: parsed.endpoint, source: 'input' } : (0,config_endpoint/* endpointOfRegion */.Dl)(region);
    const maxDelayMs = maxDelayOf(parsed, written['max-delay']);
    const dataCheck = dataCheckOf(parsed);
    const oidc = oidcOf(parsed);
    const inputs = {
        ...directFields(parsed),
        region,
        endpoint,
        endpointSource: source,
        dataCheck,
        keys: {
            accessKeyId: parsed['access-key-id'],
            accessKeySecret: parsed['access-key-secret'],
            securityToken: parsed['security-token']
        }
    };
    if (oidc !== undefined)
        inputs.oidc = oidc;
    if (maxDelayMs !== undefined)
        inputs.maxDelayMs = maxDelayMs;
    return inputs;
}

// EXTERNAL MODULE: ./src/time.ts
var time = __nccwpck_require__(9834);
// EXTERNAL MODULE: ./src/cli/exitCodes.ts
var exitCodes = __nccwpck_require__(6160);
// EXTERNAL MODULE: ./src/text/secrets.ts
var secrets = __nccwpck_require__(9690);
// EXTERNAL MODULE: ./src/text/safe.ts
var safe = __nccwpck_require__(2966);
;// CONCATENATED MODULE: ./node_modules/get-east-asian-width/lookup-data.js
// Generated by scripts/build.js

const ambiguousMinimalCodePoint = 161;
const ambiguousMaximumCodePoint = 1114109;
const ambiguousRanges = [161, 161, 164, 164, 167, 168, 170, 170, 173, 174, 176, 180, 182, 186, 188, 191, 198, 198, 208, 208, 215, 216, 222, 225, 230, 230, 232, 234, 236, 237, 240, 240, 242, 243, 247, 250, 252, 252, 254, 254, 257, 257, 273, 273, 275, 275, 283, 283, 294, 295, 299, 299, 305, 307, 312, 312, 319, 322, 324, 324, 328, 331, 333, 333, 338, 339, 358, 359, 363, 363, 462, 462, 464, 464, 466, 466, 468, 468, 470, 470, 472, 472, 474, 474, 476, 476, 593, 593, 609, 609, 708, 708, 711, 711, 713, 715, 717, 717, 720, 720, 728, 731, 733, 733, 735, 735, 768, 879, 913, 929, 931, 937, 945, 961, 963, 969, 1025, 1025, 1040, 1103, 1105, 1105, 8208, 8208, 8211, 8214, 8216, 8217, 8220, 8221, 8224, 8226, 8228, 8231, 8240, 8240, 8242, 8243, 8245, 8245, 8251, 8251, 8254, 8254, 8308, 8308, 8319, 8319, 8321, 8324, 8364, 8364, 8451, 8451, 8453, 8453, 8457, 8457, 8467, 8467, 8470, 8470, 8481, 8482, 8486, 8486, 8491, 8491, 8531, 8532, 8539, 8542, 8544, 8555, 8560, 8569, 8585, 8585, 8592, 8601, 8632, 8633, 8658, 8658, 8660, 8660, 8679, 8679, 8704, 8704, 8706, 8707, 8711, 8712, 8715, 8715, 8719, 8719, 8721, 8721, 8725, 8725, 8730, 8730, 8733, 8736, 8739, 8739, 8741, 8741, 8743, 8748, 8750, 8750, 8756, 8759, 8764, 8765, 8776, 8776, 8780, 8780, 8786, 8786, 8800, 8801, 8804, 8807, 8810, 8811, 8814, 8815, 8834, 8835, 8838, 8839, 8853, 8853, 8857, 8857, 8869, 8869, 8895, 8895, 8978, 8978, 9312, 9449, 9451, 9547, 9552, 9587, 9600, 9615, 9618, 9621, 9632, 9633, 9635, 9641, 9650, 9651, 9654, 9655, 9660, 9661, 9664, 9665, 9670, 9672, 9675, 9675, 9678, 9681, 9698, 9701, 9711, 9711, 9733, 9734, 9737, 9737, 9742, 9743, 9756, 9756, 9758, 9758, 9792, 9792, 9794, 9794, 9824, 9825, 9827, 9829, 9831, 9834, 9836, 9837, 9839, 9839, 9886, 9887, 9919, 9919, 9926, 9933, 9935, 9939, 9941, 9953, 9955, 9955, 9960, 9961, 9963, 9969, 9972, 9972, 9974, 9977, 9979, 9980, 9982, 9983, 10045, 10045, 10102, 10111, 11094, 11097, 12872, 12879, 57344, 63743, 65024, 65039, 65533, 65533, 127232, 127242, 127248, 127277, 127280, 127337, 127344, 127373, 127375, 127376, 127387, 127404, 917760, 917999, 983040, 1048573, 1048576, 1114109];

const fullwidthMinimalCodePoint = 12288;
const fullwidthMaximumCodePoint = 65510;
const fullwidthRanges = [12288, 12288, 65281, 65376, 65504, 65510];

const lookup_data_halfwidthMinimalCodePoint = 8361;
const lookup_data_halfwidthMaximumCodePoint = 65518;
const lookup_data_halfwidthRanges = (/* unused pure expression or super */ null && ([8361, 8361, 65377, 65470, 65474, 65479, 65482, 65487, 65490, 65495, 65498, 65500, 65512, 65518]));

const lookup_data_narrowMinimalCodePoint = 32;
const lookup_data_narrowMaximumCodePoint = 10630;
const lookup_data_narrowRanges = (/* unused pure expression or super */ null && ([32, 126, 162, 163, 165, 166, 172, 172, 175, 175, 10214, 10221, 10629, 10630]));

const wideMinimalCodePoint = 4352;
const wideMaximumCodePoint = 262141;
const wideRanges = [4352, 4447, 8986, 8987, 9001, 9002, 9193, 9196, 9200, 9200, 9203, 9203, 9725, 9726, 9748, 9749, 9776, 9783, 9800, 9811, 9855, 9855, 9866, 9871, 9875, 9875, 9889, 9889, 9898, 9899, 9917, 9918, 9924, 9925, 9934, 9934, 9940, 9940, 9962, 9962, 9970, 9971, 9973, 9973, 9978, 9978, 9981, 9981, 9989, 9989, 9994, 9995, 10024, 10024, 10060, 10060, 10062, 10062, 10067, 10069, 10071, 10071, 10133, 10135, 10160, 10160, 10175, 10175, 11035, 11036, 11088, 11088, 11093, 11093, 11904, 11929, 11931, 12019, 12032, 12245, 12272, 12287, 12289, 12350, 12353, 12438, 12441, 12543, 12549, 12591, 12593, 12686, 12688, 12773, 12783, 12830, 12832, 12871, 12880, 42124, 42128, 42182, 43360, 43388, 44032, 55203, 63744, 64255, 65040, 65049, 65072, 65106, 65108, 65126, 65128, 65131, 94176, 94180, 94192, 94198, 94208, 101594, 101631, 101664, 101760, 101874, 101888, 102801, 102816, 102866, 110576, 110579, 110581, 110587, 110589, 110590, 110592, 110888, 110898, 110898, 110928, 110930, 110933, 110933, 110948, 110952, 110960, 111355, 119552, 119638, 119648, 119670, 126980, 126980, 127183, 127183, 127374, 127374, 127377, 127386, 127406, 127406, 127488, 127490, 127504, 127547, 127552, 127560, 127568, 127569, 127584, 127589, 127744, 127776, 127789, 127797, 127799, 127868, 127870, 127891, 127904, 127946, 127951, 127955, 127968, 127984, 127988, 127988, 127992, 128062, 128064, 128064, 128066, 128252, 128255, 128317, 128331, 128334, 128336, 128359, 128378, 128378, 128405, 128406, 128420, 128420, 128507, 128591, 128640, 128709, 128716, 128716, 128720, 128722, 128725, 128729, 128732, 128735, 128747, 128748, 128756, 128764, 128986, 128986, 128992, 129003, 129008, 129008, 129292, 129338, 129340, 129349, 129351, 129535, 129648, 129660, 129664, 129734, 129736, 129736, 129740, 129757, 129759, 129771, 129775, 129786, 131072, 196605, 196608, 262141];

;// CONCATENATED MODULE: ./node_modules/get-east-asian-width/utilities.js
/**
Binary search on a sorted flat array of [start, end] pairs.

@param {number[]} ranges - Flat array of inclusive [start, end] range pairs, e.g. [0, 5, 10, 20].
@param {number} codePoint - The value to search for.
@returns {boolean} Whether the value falls within any of the ranges.
*/
const utilities_isInRange = (ranges, codePoint) => {
	let low = 0;
	let high = Math.floor(ranges.length / 2) - 1;
	while (low <= high) {
		const mid = Math.floor((low + high) / 2);
		const i = mid * 2;
		if (codePoint < ranges[i]) {
			high = mid - 1;
		} else if (codePoint > ranges[i + 1]) {
			low = mid + 1;
		} else {
			return true;
		}
	}

	return false;
};

;// CONCATENATED MODULE: ./node_modules/get-east-asian-width/lookup.js



const commonCjkCodePoint = 0x4E_00;
const [wideFastPathStart, wideFastPathEnd] = /* #__PURE__ */ findWideFastPathRange(wideRanges);

// Use a hot-path range so common `isWide` calls can skip binary search.
// The range containing U+4E00 covers common CJK ideographs;
// fallback to the largest range for resilience to Unicode table changes.
function findWideFastPathRange(ranges) {
	let fastPathStart = ranges[0];
	let fastPathEnd = ranges[1];

	for (let index = 0; index < ranges.length; index += 2) {
		const start = ranges[index];
		const end = ranges[index + 1];

		if (
			commonCjkCodePoint >= start
			&& commonCjkCodePoint <= end
		) {
			return [start, end];
		}

		if ((end - start) > (fastPathEnd - fastPathStart)) {
			fastPathStart = start;
			fastPathEnd = end;
		}
	}

	return [fastPathStart, fastPathEnd];
}

const isAmbiguous = codePoint => {
	if (
		codePoint < ambiguousMinimalCodePoint
		|| codePoint > ambiguousMaximumCodePoint
	) {
		return false;
	}

	return utilities_isInRange(ambiguousRanges, codePoint);
};

const isFullwidth = codePoint => {
	if (
		codePoint < fullwidthMinimalCodePoint
		|| codePoint > fullwidthMaximumCodePoint
	) {
		return false;
	}

	return utilities_isInRange(fullwidthRanges, codePoint);
};

const isHalfwidth = codePoint => {
	if (
		codePoint < halfwidthMinimalCodePoint
		|| codePoint > halfwidthMaximumCodePoint
	) {
		return false;
	}

	return isInRange(halfwidthRanges, codePoint);
};

const isNarrow = codePoint => {
	if (
		codePoint < narrowMinimalCodePoint
		|| codePoint > narrowMaximumCodePoint
	) {
		return false;
	}

	return isInRange(narrowRanges, codePoint);
};

const isWide = codePoint => {
	if (
		codePoint >= wideFastPathStart
		&& codePoint <= wideFastPathEnd
	) {
		return true;
	}

	if (
		codePoint < wideMinimalCodePoint
		|| codePoint > wideMaximumCodePoint
	) {
		return false;
	}

	return utilities_isInRange(wideRanges, codePoint);
};

function lookup_getCategory(codePoint) {
	if (isAmbiguous(codePoint)) {
		return 'ambiguous';
	}

	if (isFullwidth(codePoint)) {
		return 'fullwidth';
	}

	if (isHalfwidth(codePoint)) {
		return 'halfwidth';
	}

	if (isNarrow(codePoint)) {
		return 'narrow';
	}

	if (isWide(codePoint)) {
		return 'wide';
	}

	return 'neutral';
}

;// CONCATENATED MODULE: ./node_modules/get-east-asian-width/index.js


function validate(codePoint) {
	if (!Number.isSafeInteger(codePoint)) {
		throw new TypeError(`Expected a code point, got \`${typeof codePoint}\`.`);
	}
}

function eastAsianWidthType(codePoint) {
	validate(codePoint);

	return getCategory(codePoint);
}

function eastAsianWidth(codePoint, {ambiguousAsWide = false} = {}) {
	validate(codePoint);

	if (
		isFullwidth(codePoint)
		|| isWide(codePoint)
		|| (ambiguousAsWide && isAmbiguous(codePoint))
	) {
		return 2;
	}

	return 1;
}

// Private exports for https://github.com/sindresorhus/is-fullwidth-code-point


;// CONCATENATED MODULE: ./src/cli/width.ts
/**
 * How wide text is on a terminal, in columns: what the live display measures so that no line is
 * wider than the terminal. Text from outside reaches it through the safe text (src/text/safe.ts),
 * so it holds no control or format characters: every code point is one column, two for East
 * Asian wide and fullwidth characters (CJK, and the emoji drawn as pictures, which Unicode's East
 * Asian Width calls wide), none for a combining mark. Pure functions, no I/O.
 */

const ZERO_WIDTH = /^[\p{Mn}\p{Me}]$/u;
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
/** Columns one code point takes. */
function columnsOf(ch) {
    const code = ch.codePointAt(0) ?? 0;
    if (code < 0x20 || (code >= 0x7f && code < 0xa0))
        return 0;
    if (code < 0x300)
        return 1;
    if (ZERO_WIDTH.test(ch))
        return 0;
    return eastAsianWidth(code);
}
/** Columns `text` takes on a terminal. */
function displayWidth(text) {
    if (PRINTABLE_ASCII.test(text))
        return text.length;
    let width = 0;
    for (const ch of text)
        width += columnsOf(ch);
    return width;
}
/** `text` cut to at most `columns`, ending with `…` when cut; never splits a character. */
function cutToWidth(text, columns) {
    if (displayWidth(text) <= columns)
        return text;
    if (columns <= 0)
        return '';
    let out = '';
    let width = 0;
    for (const ch of text) {
        const w = columnsOf(ch);
        if (width + w > columns - 1)
            break;
        out += ch;
        width += w;
    }
    return out + '…';
}
/** `text` cut to `columns` and padded with spaces to exactly that many, on the right or (`start`) the left. */
function fitToWidth(text, columns, align = 'end') {
    const cut = cutToWidth(text, columns);
    const pad = ' '.repeat(Math.max(0, columns - displayWidth(cut)));
    return align === 'end' ? cut + pad : pad + cut;
}
/**
 * `text` in lines of at most `columns`, broken at spaces where it can be and inside a word only
 * where a word is longer than a line; the lines after the first are indented by two more
 * columns than the text is.
 */
function wrapToWidth(text, columns) {
    if (displayWidth(text) <= columns)
        return [text];
    const lead = /^ */.exec(text)?.[0] ?? '';
    const indent = ' '.repeat(Math.min(Math.floor(columns / 2), lead.length + 2));
    const lines = [];
    let line = lead;
    let width = lead.length;
    /** Nothing but the indent on the line yet. */
    let empty = true;
    const push = () => {
        lines.push(line);
        line = indent;
        width = indent.length;
        empty = true;
    };
    for (const word of text.slice(lead.length).split(' ')) {
        if (word === '')
            continue;
        const w = displayWidth(word);
        if (!empty && width + 1 + w > columns)
            push();
        else if (!empty) {
            line += ' ';
            width += 1;
        }
        if (width + w <= columns) {
            line += word;
            width += w;
            empty = false;
            continue;
        }
        // A word longer than a line: as many characters as fit, line by line.
        for (const ch of word) {
            const cw = columnsOf(ch);
            if (width + cw > columns && !empty)
                push();
            line += ch;
            width += cw;
            empty = false;
        }
    }
    if (!empty)
        lines.push(line);
    return lines;
}

;// CONCATENATED MODULE: ./src/cli/output.ts
/**
 * Everything the command line prints, through one place: the log (stdout, or stderr when stdout
 * carries `--json`), the machine output on stdout, and on a terminal the live block drawn at the
 * bottom of the log, which every other line is printed above.
 *
 * What is printed is safe and free of secrets. Outside GitHub nothing masks a secret the way the
 * runner's `::add-mask::` does, so the secrets are collected here as they become known
 * (`addSecret`, the credential chain's `setSecret`) and removed from every write, in every form
 * they can take (src/text/secrets.ts). Each line for people goes through the safe text
 * (src/text/safe.ts): one line, nothing invisible, never a workflow command. Colour only on a
 * terminal, and never with `NO_COLOR` set (https://no-color.org).
 */



/** The longest line for people: the failure message's lines are far shorter. */
const LINE_MAX_CHARS = 4000;
/** The width when a terminal does not say its own. */
const DEFAULT_COLUMNS = 80;
const SGR = { good: '32', bad: '31', warn: '33', busy: '36', dim: '2', plain: '' };
const CSI = '\x1b[';
class CliOutput {
    streams;
    secrets = new Set();
    /** Where people read: stdout, or stderr when stdout carries the JSON. */
    log;
    /** Lines of the live block now on the screen, below everything else. */
    drawn = 0;
    block = [];
    /** A live display: the log is a terminal, so the block is redrawn in place. */
    live;
    colour;
    /** The terminal can draw the bar's block characters (a UTF-8 locale). */
    unicode;
    constructor(streams, env, json) {
        this.streams = streams;
        this.log = json ? streams.stderr : streams.stdout;
        this.live = this.log.isTTY === true && env.TERM !== 'dumb';
        this.colour = this.live && env.NO_COLOR === undefined;
        this.unicode = /utf-?8/i.test(env.LC_ALL || env.LC_CTYPE || env.LANG || '');
    }
    addSecret(value) {
        if (value !== '')
            this.secrets.add(value);
    }
    /** Columns the log's terminal has (80 when it does not say). */
    columns() {
        const columns = this.log.columns;
        return typeof columns === 'number' && columns > 0 ? columns : DEFAULT_COLUMNS;
    }
    /** `text` for `tone`, in colour where colour is wanted. */
    paint(text, tone) {
        const code = SGR[tone];
        return this.colour && code !== '' && text !== '' ? `${CSI}${code}m${text}${CSI}0m` : text;
    }
    /** One line for people, as printed: its indent kept, the rest one safe line without secrets. */
    clean(text) {
        const indent = /^ */.exec(text)?.[0] ?? '';
        return indent + (0,safe/* safeLine */.om)(text.slice(indent.length), LINE_MAX_CHARS, { secrets: [...this.secrets] });
    }
    /** Prints lines of the log (a message may hold several), above the live block when one is drawn. */
    say(text, tone = 'plain') {
        // On a terminal a long line is wrapped here, by its width in columns, so that none is wider.
        // A line that wrapping made start with `::` gets the safe text's space between the colons.
        const fit = (line) => this.live ? wrapToWidth(line, this.columns() - 1).map((part) => part.replace(/^( *):(?=:)/, '$1: ')) : [line];
        const lines = text
            .split(/\r\n|\r|\n/)
            .flatMap((line) => fit(this.clean(line)))
            .map((line) => this.paint(line, tone));
        this.writeLog(this.erase() + lines.join('\n') + '\n' + this.blockText());
    }
    /** Draws `lines` as the live block, in place of the one drawn before. */
    draw(lines) {
        if (!this.live)
            return;
        const erase = this.erase();
        this.block = lines;
        this.writeLog(erase + this.blockText());
    }
    /** Leaves the block on the screen as it is: what is printed next goes below it. */
    freeze() {
        this.drawn = 0;
        this.block = [];
    }
    /** Machine output on stdout (the JSON), without secrets. */
    data(text) {
        this.streams.stdout.write((0,secrets/* redact */.E)(text, [...this.secrets]));
    }
    /** Without secrets: for files the command line writes, such as the summary. */
    redacted(text) {
        return (0,secrets/* redact */.E)(text, [...this.secrets]);
    }
    /** Cursor up over the block and erase to the end of the screen: the block redraws in place. */
    erase() {
        const lines = this.drawn;
        this.drawn = 0;
        return lines > 0 ? `${CSI}${lines}A\r${CSI}J` : '';
    }
    blockText() {
        this.drawn = this.block.length;
        return this.block.map((line) => line + '\n').join('');
    }
    writeLog(text) {
        if (text !== '')
            this.log.write((0,secrets/* redact */.E)(text, [...this.secrets]));
    }
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: ./src/core/checkRules.ts
var checkRules = __nccwpck_require__(8728);
// EXTERNAL MODULE: ./src/core/types.ts
var types = __nccwpck_require__(3054);
;// CONCATENATED MODULE: ./src/text/cut.ts
/** Cutting text that is already safe (our own words, JSON values) to a length. */
/**
 * Cut `text` to at most `maxChars` UTF-16 code units, ending with `…` when cut, never inside a
 * surrogate pair. For plain (unescaped) text such as log lines and JSON values.
 */
function cut_cutText(text, maxChars) {
    if (text.length <= maxChars)
        return text;
    if (maxChars <= 0)
        return '';
    let end = maxChars - 1;
    const code = text.charCodeAt(end - 1);
    if (end > 0 && code >= 0xd800 && code <= 0xdbff)
        end -= 1;
    return text.slice(0, end) + '…';
}

;// CONCATENATED MODULE: ./src/report/render/failedObjects.ts

/** Bytes of the `failed-objects` output at most (a job's outputs may total 1 MB). */
const FAILED_OBJECTS_MAX_BYTES = 80_000;
const JSON_ERROR_CHARS = 1000;
const JSON_FIELD_CHARS = 512;
/**
 * The `failed-objects` output: a JSON array of the failed (not ignored) objects, in the order
 * given, at most `limit` of them, each
 * `{"jobId","section","sourceDatabase","destinationDatabase","name","type","status","error"}`.
 * `error` is cut to 1,000 characters (other fields to 512); should the array still exceed
 * `maxBytes`, the errors are cut shorter, evenly, and as a last resort entries are dropped from
 * the end. The `failed` output and the report file carry the true count and every object.
 */
function failedObjectsJson(objects, limit = 100, maxBytes = FAILED_OBJECTS_MAX_BYTES) {
    const picked = [];
    for (const o of objects) {
        if (picked.length >= limit)
            break;
        if (o.outcome === 'failed')
            picked.push(o);
    }
    const entry = (o, errorChars) => JSON.stringify({
        jobId: cut_cutText(o.jobId, JSON_FIELD_CHARS),
        section: o.section,
        sourceDatabase: cut_cutText(o.sourceDatabase, JSON_FIELD_CHARS),
        destinationDatabase: cut_cutText(o.destinationDatabase, JSON_FIELD_CHARS),
        name: cut_cutText(o.name, JSON_FIELD_CHARS),
        type: cut_cutText(o.type, JSON_FIELD_CHARS),
        status: cut_cutText(o.status, JSON_FIELD_CHARS),
        error: cut_cutText(o.error, errorChars)
    });
    const build = (errorChars, count) => '[' +
        picked
            .slice(0, count)
            .map((o) => entry(o, errorChars))
            .join(',') +
        ']';
    const fits = (text) => Buffer.byteLength(text, 'utf8') <= maxBytes;
    let text = build(JSON_ERROR_CHARS, picked.length);
    if (fits(text))
        return text;
    // Shorter errors: the largest cap that fits (a JSON-escaped character takes at most 6 bytes).
    let low = 0;
    let high = JSON_ERROR_CHARS;
    while (low < high) {
        const mid = Math.ceil((low + high) / 2);
        if (fits(build(mid, picked.length)))
            low = mid;
        else
            high = mid - 1;
    }
    text = build(low, picked.length);
    for (let count = picked.length; !fits(text) && count > 0; count--)
        text = build(low, count - 1);
    return text;
}

;// CONCATENATED MODULE: ./src/report/render/format.ts
/**
 * Numbers, durations and sizes for people. Pure functions, no I/O.
 */
/** The longest duration written out; anything longer (a delay of 10^30 ms) reads as what it is. */
const LONGEST_SHOWN_MS = 10_000 * 24 * 60 * 60 * 1000;
/**
 * A duration for people: `250ms`, `45s`, `4m 05s`, `1h 02m 03s`. Whole milliseconds below a
 * second, whole seconds (rounded down) above; negative or non-finite input reads as `0s`, and
 * anything of 10,000 days or more as `over 10,000 days`.
 */
function formatDuration(ms) {
    if (ms >= LONGEST_SHOWN_MS)
        return `over ${formatThousands(LONGEST_SHOWN_MS / 86_400_000)} days`;
    if (Number.isFinite(ms) && ms > 0 && ms < 1000)
        return `${Math.floor(ms)}ms`;
    const totalSeconds = Number.isFinite(ms) && ms > 0 ? Math.floor(ms / 1000) : 0;
    const hours = Math.floor(totalSeconds / 3600);
    const minutes = Math.floor((totalSeconds % 3600) / 60);
    const seconds = totalSeconds % 60;
    const two = (n) => String(n).padStart(2, '0');
    if (hours > 0)
        return `${hours}h ${two(minutes)}m ${two(seconds)}s`;
    if (minutes > 0)
        return `${minutes}m ${two(seconds)}s`;
    return `${seconds}s`;
}
const DECIMAL = /^([+-]?)(\d+)(\.\d+)?$/;
/**
 * Thousands separators on a decimal string, without converting it to a Number, so values
 * beyond 2^53 stay exact: `"12345678901234567890"` -> `"12,345,678,901,234,567,890"`.
 * Surrounding blanks are dropped; anything that is not a plain decimal number (empty, `abc`,
 * `1e9`) is returned trimmed but otherwise unchanged. Numbers and bigints are accepted too.
 */
function formatThousands(value) {
    const text = typeof value === 'string' ? value.trim() : typeof value === 'number' ? plainNumber(value) : String(value);
    const match = DECIMAL.exec(text);
    if (!match)
        return text;
    const sign = match[1] ?? '';
    const digits = match[2] ?? '';
    const fraction = match[3] ?? '';
    const head = digits.length % 3 || 3;
    let grouped = digits.slice(0, head);
    for (let i = head; i < digits.length; i += 3)
        grouped += ',' + digits.slice(i, i + 3);
    return sign + grouped + fraction;
}
/**
 * A number as plain decimal digits, however large or small: never in exponent notation (`1e+27`
 * is written out, `1e-7` is `0.0000001`); `''` for a number that is not finite.
 */
function plainNumber(n) {
    if (!Number.isFinite(n))
        return '';
    if (n === 0)
        return '0';
    // A whole number under 10^21 prints as its digits: no formatter (which costs tens of
    // microseconds to make, for each poll line's every count) is needed.
    if (Number.isInteger(n) && Math.abs(n) < 1e21)
        return String(n);
    return n.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 20 });
}
/** `1 object`, `2 objects` (the count with thousands separators). */
function plural(count, singular, pluralForm = singular + 's') {
    return `${formatThousands(count)} ${count === 1 ? singular : pluralForm}`;
}
/** `512 KiB`, `1 MiB`, `1,000 bytes`: binary units when the size is a whole number of them. */
function formatBytes(n) {
    if (n >= 1024 * 1024 && n % (1024 * 1024) === 0)
        return `${formatThousands(n / (1024 * 1024))} MiB`;
    if (n >= 1024 && n % 1024 === 0)
        return `${formatThousands(n / 1024)} KiB`;
    return `${formatThousands(n)} bytes`;
}
/** `850ms`, `4.6s`, `5.04s` (to the millisecond near any limit), `42s`, `2m 05s`. */
function formatDelay(ms) {
    if (ms >= LONGEST_SHOWN_MS)
        return formatDuration(ms);
    const whole = Math.round(ms);
    if (whole < 1000)
        return `${whole}ms`;
    if (whole < 60_000)
        return `${whole / 1000}s`;
    return formatDuration(whole);
}
/** `12,345 rows/s`, `3.5 rows/s`. */
function formatRate(rowsPerSecond) {
    const shown = rowsPerSecond >= 10 ? formatThousands(Math.round(rowsPerSecond)) : String(Math.round(rowsPerSecond * 10) / 10);
    return `${shown} rows/s`;
}
/** A percentage as the `progress` output writes it: `42`, `42.5`, `100` (rounded down to one decimal). */
function formatPercent(percent) {
    return String(Math.floor(percent * 10) / 10);
}

;// CONCATENATED MODULE: ./src/report/outputs.ts
/**
 * The outputs of a run, as plain name/value pairs (the action's step outputs, the command
 * line's `--json`): set on every outcome, with unmeasured counts 0 and what was not read empty.
 */





function outputsOf(verdict, reportFile, jobIds = verdict.snapshot?.jobIds ?? []) {
    const snapshot = verdict.snapshot;
    const counts = snapshot?.counts;
    const outputs = {
        status: verdict.status,
        total: String(counts?.total ?? 0)
    };
    for (const outcome of types/* OUTCOMES */.im)
        outputs[outcome] = String(counts?.[outcome] ?? 0);
    outputs['failed-objects'] = failedObjectsJson(snapshot?.objects ?? []);
    outputs['report-file'] = reportFile;
    outputs['elapsed-seconds'] = String(Math.floor(verdict.elapsedMs / 1000));
    outputs.polls = String(verdict.polls);
    outputs['job-status'] = jobStatusOutput(jobIds, snapshot?.jobs ?? {});
    outputs['delay-seconds'] = snapshot ? delaySecondsOutput(snapshot.jobJudgement.delay) : '';
    outputs.progress = snapshot ? progressOutput(snapshot.progress) : '';
    outputs['eta-seconds'] = snapshot ? etaOutput(snapshot.etaSeconds) : '';
    outputs['data-check'] = dataCheckOutput(jobIds, snapshot?.dataCheck);
    outputs['differing-tables'] = String(differingTables(snapshot?.dataCheck));
    return outputs;
}
/**
 * `data-check`: per job, `{"status","percent","tables","differing","failed","diffRows"}`: the
 * verification's status as DTS wrote it (`""` where not configured or not read), its percent, and
 * the counts of its result (0 until it is read). `diffRows` adds the rows that differ over the
 * tables listed.
 */
function dataCheckOutput(jobIds, checks) {
    const out = {};
    for (const id of jobIds) {
        const job = checks?.jobs.find((j) => j.jobId === id);
        const shown = job && job.standing !== 'off' && job.standing !== 'not-configured' ? job : undefined;
        const result = shown?.result;
        let diffRows = 0n;
        for (const table of result?.found ?? [])
            diffRows += BigInt(table.diffRows);
        out[id] = {
            status: cut_cutText(shown?.verification?.status ?? '', 200),
            percent: shown?.verification?.percent ?? 0,
            tables: result?.tables ?? 0,
            differing: result?.differing ?? 0,
            failed: result?.failedChecks ?? 0,
            diffRows: Number(diffRows)
        };
    }
    return JSON.stringify(out);
}
/** `differing-tables`: tables over all jobs whose verification found rows that differ or failed, not ignored. */
function differingTables(checks) {
    if (!checks)
        return 0;
    return (checks.failedTables.length + checks.jobs.reduce((n, j) => n + (j.standing === 'differs' && j.result ? (0,checkRules/* unlistedTables */.Us)(j.result) : 0), 0));
}
/** `job-status`: `{"<job id>": "<Status as DTS wrote it>"}`, `""` for a job whose state was not read. */
function jobStatusOutput(jobIds, readings) {
    const out = {};
    for (const id of jobIds) {
        const reading = readings[id];
        out[id] = reading?.kind === 'read' ? cut_cutText(reading.job.status, 200) : '';
    }
    return JSON.stringify(out);
}
/** `delay-seconds`: the largest delay over the jobs in seconds (`0`, `1.5`, `120`); `''` when not known. */
function delaySecondsOutput(check) {
    return check.largestMs === undefined ? '' : plainNumber(check.largestMs / 1000);
}
/** `progress`: `''` when there are no data entries. */
function progressOutput(progress) {
    return progress.percent === undefined ? '' : formatPercent(progress.percent);
}
/** `eta-seconds`: `''` when it cannot be estimated or nothing is left. */
function etaOutput(eta) {
    return eta === undefined ? '' : plainNumber(eta);
}

;// CONCATENATED MODULE: ./src/report/render/checkWords.ts




/** What each documented `ErrorCode` of a table's check means. */
const ERROR_CODE_WORDS = {
    1: 'too many tables without a primary key',
    2: 'more than 300 rows differ',
    3: 'the table does not exist',
    4: 'an SQL error'
};
/** `ErrorCode 3: the table does not exist`, `ErrorCode 9` for one DTS documents no meaning for. */
function errorCodeText(code) {
    const words = ERROR_CODE_WORDS[code];
    return `ErrorCode ${code}${words ? `: ${words}` : ''}`;
}
/** `shop.orders`, `shop.orders -> dwh.orders_copy` where the destination differs; plain and safe, at most `max` characters. */
function checkWords_tableName(table, max = 200) {
    const source = `${table.sourceDatabase}.${table.sourceTable}`;
    const destination = `${table.destinationDatabase}.${table.destinationTable}`;
    const same = destination === source || (table.destinationDatabase === '' && table.destinationTable === '');
    return (0,safe/* safeLine */.om)(same ? source : `${source} -> ${destination}`, max);
}
/** `1,000 of 1,000 rows checked`; `''` when DTS gave neither count. */
function checkWords_checkedText(table) {
    if (table.checkedRows === undefined && table.totalRows === undefined)
        return '';
    return `${formatThousands(table.checkedRows ?? '?')} of ${formatThousands(table.totalRows ?? '?')} rows checked`;
}
/** Why a table fails: `3 rows differ`, `check failed (status 5, ErrorCode 3: the table does not exist)`. */
function checkWords_reasonText(table) {
    const code = table.errorCode !== undefined ? errorCodeText(table.errorCode) : '';
    if (table.finding === 'differs') {
        const rows = `${formatThousands(table.diffRows)} ${table.diffRows === '1' ? 'row differs' : 'rows differ'}`;
        return code ? `${rows} (${code})` : rows;
    }
    const status = table.status !== '' && table.status !== '0' ? `status ${(0,safe/* safeLine */.om)(table.status, 20)}` : '';
    return `check failed${status || code ? ` (${[status, code].filter((t) => t !== '').join(', ')})` : ''}`;
}
/** `shop.orders: 3 rows differ, 1,000 of 1,000 rows checked`, on one line of at most `max` characters. */
function tableLine(table, max = 400) {
    const checked = checkWords_checkedText(table);
    return (0,safe/* safeLine */.om)(`${checkWords_tableName(table, Math.floor(max / 2))}: ${checkWords_reasonText(table)}${checked ? `, ${checked}` : ''}`, max);
}
/** The verification's progress as DTS writes it, made safe: `checking 45%, 1 rows/s (row: 5/5, table: 1/1)`. */
function checkingText(verification) {
    const percent = verification?.percent !== undefined ? ` ${formatPercent(verification.percent)}%` : '';
    const progress = (0,safe/* safeLine */.om)(verification?.progress ?? '', 80);
    return `checking${percent}${progress ? `, ${progress}` : ''}`;
}
/** `2 tables that differ`, `1 table whose check failed`, `2 tables that differ and 1 whose check failed`. */
function foundText({ differs, failed }) {
    const differing = `${plural(differs, 'table')} that ${differs === 1 ? 'differs' : 'differ'}`;
    if (failed === 0)
        return differing;
    const failing = `${differs > 0 ? formatThousands(failed) : plural(failed, 'table')} whose check failed`;
    return differs > 0 ? `${differing} and ${failing}` : failing;
}
/** The result of a finished verification: `12 tables, every one the same`, `12 tables checked, 2 that differ`. */
function resultText(job, counts) {
    const result = job.result;
    if (!result)
        return 'finished';
    const ignored = counts.ignored > 0 ? `, ${formatThousands(counts.ignored)} ignored` : '';
    if (counts.differs + counts.failed === 0) {
        return counts.ignored > 0
            ? `${plural(result.tables, 'table')} checked${ignored}, every other one the same`
            : `${plural(result.tables, 'table')}, every one the same`;
    }
    return `${plural(result.tables, 'table')} checked: ${foundText(counts)}${ignored}`;
}
/** Tables of a job that fail the gate (listed and not ignored, or counted and not listed), and those ignored. */
function tableCounts(checks, job) {
    const unlisted = job.result ? (0,checkRules/* unlistedCounts */.lF)(job.result) : { differs: 0, failed: 0 };
    const listed = checks.failedTables.filter((t) => t.jobId === job.jobId);
    return {
        differs: listed.filter((t) => t.finding === 'differs').length + unlisted.differs,
        failed: listed.filter((t) => t.finding === 'failed').length + unlisted.failed,
        ignored: checks.ignoredTables.filter((t) => t.jobId === job.jobId).length
    };
}
/** Tables over every job that fail the gate. */
function allTableCounts(checks) {
    const all = { differs: 0, failed: 0, ignored: 0 };
    for (const job of checks.jobs) {
        const counts = tableCounts(checks, job);
        all.differs += counts.differs;
        all.failed += counts.failed;
        all.ignored += counts.ignored;
    }
    return all;
}
/** A job's verification in the poll line: `verification checking 45%, …`, `verification: 2 of 12 tables differ or failed`; `''` when not shown. */
function checkPollPart(checks, jobId) {
    const job = checks?.jobs.find((j) => j.jobId === jobId);
    if (!checks || !job)
        return '';
    switch (job.standing) {
        case 'off':
        case 'not-configured':
            return '';
        case 'not-read':
        case 'refused':
            return 'verification not readable';
        case 'not-started':
            return 'verification not started';
        case 'checking':
            return `verification ${checkingText(job.verification)}`;
        case 'unknown':
            return `verification in the unknown state ${(0,safe/* safeLine */.om)(job.verification?.status ?? '', 40) || '(none)'}`;
        case 'failed':
            return 'verification failed';
        case 'differs':
        case 'passed':
            return `verification finished: ${resultText(job, tableCounts(checks, job))}`;
    }
}
/** The `error` sentence when `data-check: true` needs a verification that could not be read. */
function checkUnreadableText(checks) {
    const first = checks.unreadable[0];
    if (!first)
        return '';
    const jobs = checks.unreadable.map((u) => (0,safe/* safeLine */.om)(u.jobId, 64));
    return (`data-check: true needs the full data verification of every job, but that of ${jobs.length > 1 ? 'jobs' : 'job'} ` +
        `${jobs.slice(0, 5).join(', ')}${jobs.length > 5 ? ` and ${jobs.length - 5} more` : ''} could not be read: ${(0,safe/* safeLine */.om)(first.message, 1000)}`);
}
/** Tables the failure message names. */
const LISTED_TABLES = 5;
/**
 * The failure message's part of the verification: for `failed`, each verification that failed
 * with DTS's error and the first five tables that differ or failed; for a timeout the
 * verification decided, the verifications still to come. `''` when it has nothing to say.
 */
function checkFailureBlock(verdict, maxChars) {
    const checks = verdict.snapshot?.dataCheck;
    if (!checks)
        return '';
    if (verdict.status === 'timeout' && verdict.decidedBy === 'data-check') {
        const waiting = checks.jobs.filter((j) => j.standing === 'not-started' || j.standing === 'checking' || j.standing === 'unknown');
        const named = waiting.slice(0, LISTED_TABLES).map((j) => `- job ${(0,safe/* safeLine */.om)(j.jobId, 64)}: ${checkPollPart(checks, j.jobId)}`);
        return cut_cutText([`Timed out after ${formatDuration(verdict.elapsedMs)} waiting for the full data verification:`, ...named].join('\n'), maxChars);
    }
    if (verdict.status !== 'failed')
        return '';
    const lines = [];
    for (const { jobId, error } of checks.failedChecks.slice(0, LISTED_TABLES)) {
        const said = (0,safe/* safeLine */.om)(error, 300);
        lines.push(`The full data verification of job ${(0,safe/* safeLine */.om)(jobId, 64)} failed${said ? `: ${said}` : ' (DTS gave no reason)'}.`);
    }
    const counts = allTableCounts(checks);
    const failing = counts.differs + counts.failed;
    if (failing > 0) {
        const several = verdict.snapshot.jobIds.length > 1;
        lines.push(`The full data verification found ${foundText(counts)}:`);
        const shown = checks.failedTables.slice(0, LISTED_TABLES);
        const perTable = Math.max(40, Math.floor((maxChars - 200) / Math.max(1, shown.length)) - 4);
        for (const table of shown)
            lines.push(`- ${several ? `job ${(0,safe/* safeLine */.om)(table.jobId, 64)}: ` : ''}${tableLine(table, Math.min(300, perTable))}`);
        if (failing > shown.length)
            lines.push(`and ${formatThousands(failing - shown.length)} more (see the job summary and the report file).`);
    }
    return cut_cutText(lines.join('\n'), maxChars);
}

;// CONCATENATED MODULE: ./src/report/render/jobWords.ts



/** What each job state reads as in the poll line and the summary. */
const jobWords_STATE_WORDS = {
    NotStarted: 'not started',
    Prechecking: 'prechecking',
    PrecheckFailed: 'precheck failed',
    Initializing: 'initializing',
    InitializeFailed: 'initialization failed',
    Synchronizing: 'synchronizing',
    Failed: 'failed',
    Suspending: 'paused',
    Modifying: 'modifying objects',
    Finished: 'finished',
    PreCheckPass: 'precheck passed',
    Retrying: 'retrying',
    ModifyFailed: 'modifying objects failed',
    NotConfigured: 'not configured',
    unknown: 'unknown state'
};
/**
 * What DTS retries and how far it is, as plain text made safe: `retrying destDB (retry 3, 3m 00s
 * of at most 12h 00m 00s)`; the parts DTS did not say are left out.
 */
function retryPhrase(retry) {
    const figures = [];
    if (retry.count !== undefined)
        figures.push(`retry ${formatThousands(retry.count)}`);
    if (retry.seconds !== undefined) {
        const of = retry.maxSeconds !== undefined ? ` of at most ${formatDuration(retry.maxSeconds * 1000)}` : '';
        figures.push(`${formatDuration(retry.seconds * 1000)}${of}`);
    }
    const target = (0,safe/* safeLine */.om)(retry.target, 40) || 'a connection';
    return `retrying ${target}${figures.length > 0 ? ` (${figures.join(', ')})` : ''}`;
}
/** `DTS-31009: https://help...`, the codes of an error with their help pages, in the log's words; `''` when none. */
function jobWords_helpText(details, maxChars = 600) {
    const parts = (details ?? [])
        .filter((d) => d.helpUrl !== '' || d.code !== '')
        .slice(0, 3)
        .map((d) => [(0,safe/* safeLine */.om)(d.code, 40), (0,safe/* safeLine */.om)(d.helpUrl, 300)].filter((t) => t !== '').join(': '));
    return parts.length > 0 ? cut_cutText(`help: ${parts.join('; ')}`, maxChars) : '';
}
/**
 * The other ID of a job, for beside the ID as written: `instance dtsA` for a task ID, `task abc`
 * for an instance ID; `''` when the look-up did not list it.
 */
function otherIdText(identity) {
    if (!identity?.listed || identity.taskId === undefined)
        return '';
    return identity.id === identity.taskId ? `instance ${identity.instanceId}` : `task ${identity.taskId}`;
}
/** A status from DTS as the log shows it: one safe line of at most 40 characters. */
function jobWords_statusWord(status) {
    return (0,safe/* safeLine */.om)(status, 40) || '(none)';
}
/** What a job's delay standing reads as after its delay. */
const STANDING_WORDS = {
    low: '',
    'too-high': 'above the limit',
    unknown: 'not known',
    'not-replicating': 'not replicating yet',
    'not-read': 'not read'
};
/** Up to five job ids, then how many more. */
function jobList(ids) {
    const named = ids.slice(0, 5).map((id) => (0,safe/* safeLine */.om)(id, 64));
    return `${named.join(', ')}${ids.length > 5 ? ` and ${plural(ids.length - 5, 'more job')}` : ''}`;
}
/** Per job, e.g. `dtsA 42s (above the limit)`, `dtsB not known`. */
function delayByJob(check) {
    return check.jobs
        .map((j) => {
        const delay = j.delayMs === undefined ? '' : formatDelay(j.delayMs);
        const standing = STANDING_WORDS[j.standing];
        return `${(0,safe/* safeLine */.om)(j.jobId, 64)} ${delay && standing ? `${delay} (${standing})` : delay || standing}`;
    })
        .join(', ');
}
/** For the summary's notes when the delay kept the run from finishing: the delays and the limit. */
function delayNote(check) {
    if (!check.required || check.holds || check.maxDelayMs === undefined)
        return '';
    return `The replication delay did not come down to max-delay ${formatDelay(check.maxDelayMs)}: ${delayByJob(check)}.`;
}
/** The `error` sentence when `max-delay` needs a job state that could not be read. */
function unreadableText(unreadable) {
    const first = unreadable[0];
    if (!first)
        return '';
    return (`max-delay needs the replication delay of every job, but the state of ${unreadable.length > 1 ? 'jobs' : 'job'} ` +
        `${jobList(unreadable.map((u) => u.jobId))} could not be read: ${(0,safe/* safeLine */.om)(first.message, 1000)}`);
}
function itemText(item, max) {
    const error = (0,safe/* safeLine */.om)(item.error, Math.floor(max / 2)) || 'failed';
    const repair = (0,safe/* safeLine */.om)(item.repairMethod, Math.floor(max / 2));
    return `${(0,safe/* safeLine */.om)(item.name, 80) || '(unnamed check)'}: ${error}${repair ? ` (repair: ${repair})` : ''}`;
}
/**
 * One line for the failure message: `job dtsA: precheck failed: CHECK_X: error (repair: how);
 * CHECK_Y: ...` or `job dtsB: initialization failed: <ErrorMessage>`; at most `maxChars`.
 */
function failedJobLine(failure, maxChars = 600) {
    const head = `job ${(0,safe/* safeLine */.om)(failure.jobId, 64)}: ${jobWords_STATE_WORDS[failure.state]}`;
    const error = (0,safe/* safeLine */.om)(failure.error, 300);
    const items = failure.items.slice(0, 5).map((item) => itemText(item, 240));
    const more = failure.items.length > 5 ? [`and ${plural(failure.items.length - 5, 'more failed check')}`] : [];
    const reason = [error, [...items, ...more].join('; ')].filter((t) => t !== '').join('; failed checks: ');
    const help = jobWords_helpText(failure.errorDetails, 300);
    return cut_cutText(`${head}${reason ? `: ${reason}` : ' (DTS gave no reason)'}${help ? ` (${help})` : ''}${jobWords_uncopiedWords(failure, '; ')}`, maxChars);
}
/** `; it left 3 objects uncopied`, for a failed job that did; `''` for one that did not. */
function jobWords_uncopiedWords(failure, lead) {
    const n = failure.uncopied ?? 0;
    return n > 0 ? `${lead}it left ${plural(n, 'object')} uncopied (a failed job moves no more)` : '';
}

;// CONCATENATED MODULE: ./src/report/render/order.ts
/**
 * The order in which objects are shown to people (summary table, failure message): what needs
 * attention first. Pure functions, no I/O.
 */

/**
 * Display rank: failed, ignored failures, pending Migrating, running (incremental), pending
 * NotStarted, pending with a status the action does not know, finished.
 */
function rankOf(object) {
    switch (object.outcome) {
        case 'failed':
            return 0;
        case 'ignored':
            return 1;
        case 'running':
            return 3;
        case 'finished':
            return 6;
        case 'pending':
        default:
            if (object.state === 'Migrating')
                return 2;
            if (object.state === 'NotStarted')
                return 4;
            return 5;
    }
}
const SECTION_INDEX = new Map(types/* SECTIONS */.bP.map((s, i) => [s, i]));
/**
 * The objects in display order: by rank, then by job (in the order of `jobIds`, unknown jobs
 * last), then by section (structure, constraint, data, incremental), then as given. Runs in
 * linear time (bucketing, no comparison sort) and yields lazily, so a caller that needs only
 * the first rows of 100,000 objects pays for one pass over them.
 */
function* inDisplayOrder(objects, jobIds, include) {
    const jobIndex = new Map();
    jobIds.forEach((id, i) => {
        if (!jobIndex.has(id))
            jobIndex.set(id, i);
    });
    const jobSlots = jobIds.length + 1;
    const sectionSlots = types/* SECTIONS */.bP.length + 1;
    const buckets = new Map();
    for (const object of objects) {
        if (include && !include(object))
            continue;
        const job = jobIndex.get(object.jobId) ?? jobIds.length;
        const section = SECTION_INDEX.get(object.section) ?? types/* SECTIONS */.bP.length;
        const key = (rankOf(object) * jobSlots + job) * sectionSlots + section;
        const bucket = buckets.get(key);
        if (bucket)
            bucket.push(object);
        else
            buckets.set(key, [object]);
    }
    const keys = [...buckets.keys()].sort((a, b) => a - b);
    for (const key of keys) {
        yield* buckets.get(key) ?? [];
    }
}
/**
 * The name of the structure object a constraint belongs to, from its `parent`
 * (`<database>.<name>:<type>`): the database prefix is dropped when it is the constraint's own
 * source database, and the `:<type>` suffix is dropped.
 */
function order_parentName(object) {
    let parent = object.parent ?? '';
    if (!parent)
        return '';
    const prefix = object.sourceDatabase + '.';
    if (object.sourceDatabase && parent.startsWith(prefix))
        parent = parent.slice(prefix.length);
    const colon = parent.lastIndexOf(':');
    if (colon > 0)
        parent = parent.slice(0, colon);
    return parent;
}

;// CONCATENATED MODULE: ./src/report/render/annotations.ts







/** The longest annotation message, a little under GitHub's cut at 4,096 characters. */
const ANNOTATION_MAX_CHARS = 4000;
/**
 * Title and message of the error annotation for one failed object, e.g. title
 * `DTS data failed: dtstestdata.customer`; the message names the job, section, source and
 * destination databases, type, status and the error.
 */
function objectAnnotation(object) {
    const db = object.sourceDatabase ? `${object.sourceDatabase}.` : '';
    const ignored = object.outcome === 'ignored' ? ' (ignored)' : '';
    const title = safeLine(`DTS ${object.section} failed${ignored}: ${db}${object.name}`, 200);
    const what = safeLine(object.type ? `${object.type} ${object.name}` : object.name, 600);
    const parent = object.section === 'constraint' && object.parent ? ` (on ${safeLine(parentName(object), 300)})` : '';
    const first = `Job ${safeLine(object.jobId, 100)}, section ${object.section}: ` +
        `${safeLine(object.sourceDatabase, 200) || '?'} -> ${safeLine(object.destinationDatabase, 200) || '?'}, ` +
        `${what}${parent}, status ${safeLine(object.status, 100) || '(none)'}.`;
    const error = safeLine(object.error, ANNOTATION_MAX_CHARS - 1 - first.length - 8);
    const second = error ? `Error: ${error}` : 'DTS gave no error message.';
    return { title, message: cutText(`${first}\n${second}`, ANNOTATION_MAX_CHARS - 1) };
}
/**
 * The error annotation of a job that failed as a whole: title `DTS job failed: dtsA (precheck
 * failed)`; the message has DTS's error, then each failed check with its error and how to repair it.
 */
function failedJobAnnotation(failure) {
    const title = safeLine(`DTS job failed: ${failure.jobId} (${STATE_WORDS[failure.state]})`, 200);
    const lines = [`Job ${safeLine(failure.jobId, 100)}: ${STATE_WORDS[failure.state]} (status ${statusWord(failure.status)}).`];
    if (failure.error.trim())
        lines.push(`Error: ${safeLine(failure.error, 1500)}`);
    for (const item of failure.items) {
        lines.push(`Check ${safeLine(item.name, 100) || '(unnamed)'} failed: ${safeLine(item.error, 600) || 'DTS gave no error message.'}`);
        if (item.repairMethod.trim())
            lines.push(`  How to repair: ${safeLine(item.repairMethod, 600)}`);
    }
    if (lines.length === 1)
        lines.push('DTS gave no error message.');
    const help = helpText(failure.errorDetails, 1000);
    if (help)
        lines.push(`${help.charAt(0).toUpperCase()}${help.slice(1)}`);
    const uncopied = uncopiedWords(failure, '');
    if (uncopied)
        lines.push(`${uncopied.charAt(0).toUpperCase()}${uncopied.slice(1)}.`);
    return { title, message: cutText(lines.join('\n'), ANNOTATION_MAX_CHARS - 1) };
}
/** The text of a warning of the job rules (for `core.warning`), and its title. */
function jobWarningText(warning) {
    const jobs = `${warning.jobIds.length > 1 ? 'Jobs' : 'Job'} ${jobList(warning.jobIds)}`;
    switch (warning.kind) {
        case 'paused':
            return {
                title: 'DTS job paused',
                message: `${jobs} is paused (Suspending): it will not move until it is resumed. The wait goes on.`
            };
        case 'unknown-state': {
            const what = warning.status
                ? `reports the state ${(0,errors/* refusedValue */.u6)(warning.status)}, which the gate does not know`
                : 'answered without a state';
            return { title: 'Unknown DTS job state', message: `${jobs} ${what}: it has no effect on the wait.` };
        }
        case 'refused':
            return {
                title: 'DTS job state not readable',
                message: `Could not read the state of ${jobs.charAt(0).toLowerCase()}${jobs.slice(1)} as a whole (DescribeSynchronizationJobStatus): ` +
                    `${(0,safe/* safeLine */.om)(warning.message ?? '', 1500)}. Going on with the object lists alone: a failed precheck or job shows only through its objects, and the replication delay is not known.`
            };
        case 'ignored-failure':
            return {
                title: 'DTS job failure ignored',
                message: `${warning.failure ? failedJobLine(warning.failure, 1500) : jobs}. Every object the job lists as failed is matched by ignore, so its failure is reported as ignored and is not counted as a failure.`
            };
        case 'retrying': {
            const retry = warning.retry ?? { target: '', message: '' };
            const error = (0,safe/* safeLine */.om)(retry.message, 1500);
            return {
                title: 'DTS retrying',
                message: `${jobs}: DTS is ${retryPhrase(retry)}${error ? `: ${error}` : ''}. ` + 'A job that runs out of retries fails; the wait goes on.'
            };
        }
        case 'not-configured':
            return {
                title: 'DTS job not configured',
                message: `${jobs} is not configured (NotConfigured): it will not start until its configuration is completed. The wait goes on.`
            };
        case 'check-refused':
            return {
                title: 'DTS data verification not readable',
                message: `Could not read the result of the full data verification of ${jobs.charAt(0).toLowerCase()}${jobs.slice(1)} ` +
                    `(DescribeDataCheckTableDetails): ${(0,safe/* safeLine */.om)(warning.message ?? '', 1500)}. Its verification is shown as not readable, ` +
                    'and the objects decide (with data-check: true the run would end in error).'
            };
        case 'unknown-check-state':
            return {
                title: 'Unknown DTS data verification state',
                message: `The full data verification of ${jobs.charAt(0).toLowerCase()}${jobs.slice(1)} reports the state ${(0,errors/* refusedValue */.u6)(warning.status ?? '')}, ` +
                    'which the gate does not know: it waits on it as on a verification still to come.'
            };
        case 'view-refused':
            return {
                title: 'DTS tasks not readable',
                message: `Could not read the synchronization tasks of the current API (DescribeDtsJobs): ${(0,safe/* safeLine */.om)(warning.message ?? '', 1500)}. ` +
                    'Going on with each job-id as given, as an instance ID; the state of each job as a whole, where read, comes from the ' +
                    'legacy call DescribeSynchronizationJobStatus, which does not say whether DTS is retrying.'
            };
    }
}
/** What a kind of warning is about, for the line that counts those not given one by one. */
const WARNING_KIND_WORDS = {
    paused: 'paused job',
    'unknown-state': 'job state the gate does not know',
    refused: 'job state that could not be read',
    'ignored-failure': 'ignored job failure',
    retrying: 'retry episode',
    'not-configured': 'job not configured',
    'view-refused': 'refused job view',
    'check-refused': 'data verification that could not be read',
    'unknown-check-state': 'data verification state the gate does not know'
};
/** The one line for the warnings of a kind past the first ten: how many more there were. */
function leftOutWarningText(kind, count) {
    const what = WARNING_KIND_WORDS[kind];
    return {
        title: 'More DTS job warnings',
        message: `${plural(count, 'more warning')} of a ${what} ${count === 1 ? 'was' : 'were'} left out: the first ten of a kind are shown one by one. The job summary shows each job's state.`
    };
}
/** Unknown statuses warned about one by one; the others share one warning. */
const MAX_STATUS_WARNINGS = 10;
/** The warnings of the statuses the gate does not know: one per status, then one for the rest. */
function unknownStatusWarnings(unknown) {
    const warnings = unknown.slice(0, MAX_STATUS_WARNINGS).map(({ status, objects: n }) => ({
        title: 'Unknown DTS status',
        message: `${plural(n, 'object')} reported the status ${status === '' ? '(empty)' : (0,errors/* refusedValue */.u6)(status)}, which the gate does not know: counted as pending, never as done.`
    }));
    const rest = unknown.slice(MAX_STATUS_WARNINGS);
    if (rest.length > 0) {
        const objects = rest.reduce((sum, u) => sum + u.objects, 0);
        warnings.push({
            title: 'Unknown DTS statuses',
            message: `${plural(rest.length, 'more status', 'more statuses')} the gate does not know (${formatThousands(objects)} ${objects === 1 ? 'object' : 'objects'}), all counted as pending: see the job summary and the report file.`
        });
    }
    return warnings;
}
/**
 * The error annotation of a table the full data verification found differing or failed: title
 * `DTS data differs: shop.orders`; the message names the job, source and destination, the rows
 * that differ or why the check failed, and the rows checked.
 */
function tableAnnotation(table) {
    const what = table.finding === 'differs' ? 'DTS data differs' : 'DTS data verification failed';
    const ignored = table.ignored ? ' (ignored)' : '';
    const title = safeLine(`${what}${ignored}: ${table.sourceDatabase}.${table.sourceTable}`, 200);
    const checked = checkedText(table);
    const message = `Job ${safeLine(table.jobId, 100)}, full data verification: ${tableName(table, 1000)}: ${reasonText(table)}` +
        `${checked ? `; ${checked}` : ''}${table.bootTime ? ` (checked ${safeLine(table.bootTime, 40)})` : ''}.`;
    return { title, message: cutText(message, ANNOTATION_MAX_CHARS - 1) };
}
/** The error annotation of a full data verification that failed as a whole, with DTS's error. */
function failedCheckAnnotation(jobId, error) {
    const said = safeLine(error, 3000);
    return {
        title: safeLine(`DTS data verification failed: ${jobId}`, 200),
        message: cutText(`Job ${safeLine(jobId, 100)}: the full data verification failed. ${said ? `Error: ${said}` : 'DTS gave no error message.'}`, ANNOTATION_MAX_CHARS - 1)
    };
}

// EXTERNAL MODULE: ./src/dts/wire.ts
var wire = __nccwpck_require__(5488);
;// CONCATENATED MODULE: ./src/report/render/verdict.ts






/** Why the run ended in `error`. Refused inputs and missing credentials say it in their own words. */
function errorSentence(error) {
    if (error instanceof errors/* InputError */.dz || error instanceof errors/* CredentialsError */.lE)
        return error.message;
    if (error instanceof errors/* DtsApiError */.Ou)
        return `DTS could not be read: ${error.explain()}`;
    return error.message;
}
/** `job dtsA failed as a whole (precheck failed)`, or `2 jobs failed as a whole`, and what they left uncopied. */
function failedJobsPhrase(failed) {
    const [first] = failed;
    const uncopied = failed.reduce((n, f) => n + (f.uncopied ?? 0), 0);
    const left = uncopied > 0 ? `, leaving ${plural(uncopied, 'object')} uncopied` : '';
    if (failed.length === 1 && first)
        return `job ${(0,safe/* safeLine */.om)(first.jobId, 64)} failed as a whole (${jobWords_STATE_WORDS[first.state]})${left}`;
    return `${plural(failed.length, 'job')} failed as a whole${left}`;
}
/** `5 objects still pending`, `no objects reported yet by job dtsB`, both, or `''`. */
function stillWaiting(snapshot) {
    if (!snapshot)
        return '';
    const parts = [];
    if (snapshot.counts.pending > 0)
        parts.push(`${plural(snapshot.counts.pending, 'object')} still pending`);
    const silent = snapshot.silentJobs;
    if (silent.length > 0)
        parts.push(`no objects reported yet by ${silent.length === 1 ? 'job' : 'jobs'} ${jobList(silent)}`);
    return parts.join(' and ');
}
/** `the full data verification found 2 tables that differ`, `… of job dtsA failed`; `''` when it found nothing. */
function checkPhrase(checks) {
    if (!checks)
        return '';
    const counts = allTableCounts(checks);
    const phrases = [];
    if (counts.differs + counts.failed > 0)
        phrases.push(`the full data verification found ${foundText(counts)}`);
    const failed = checks.failedChecks;
    if (failed.length === 1)
        phrases.push(`the full data verification of job ${(0,safe/* safeLine */.om)(failed[0].jobId, 64)} failed`);
    else if (failed.length > 1)
        phrases.push(`the full data verification of ${plural(failed.length, 'job')} failed`);
    return phrases.join('; ');
}
/** The jobs whose verification is still to come, and where it is: `job dtsA (verification checking 45%)`. */
function checksWaited(checks) {
    const waiting = (checks?.jobs ?? []).filter((j) => j.standing === 'not-started' || j.standing === 'checking' || j.standing === 'unknown');
    return waiting.map((j) => `job ${(0,safe/* safeLine */.om)(j.jobId, 64)} (${checkPollPart(checks, j.jobId)})`);
}
/** One sentence for the log, the summary and the step's failure message. */
function verdictSentence(verdict) {
    const snapshot = verdict.snapshot;
    const counts = snapshot?.counts;
    const delay = snapshot?.jobJudgement.delay;
    switch (verdict.status) {
        case 'finished': {
            const running = counts && counts.running > 0 ? `; ${plural(counts.running, 'incremental entry', 'incremental entries')} running` : '';
            const ignored = counts && counts.ignored > 0 ? `; ${counts.ignored} ignored failed` : '';
            // Said where a cutover script's log shows it: the delay the gate let through.
            const lag = delay?.required && delay.largestMs !== undefined ? `; replication delay ${formatDelay(delay.largestMs)}` : '';
            const verified = (snapshot?.dataCheck?.jobs ?? []).filter((j) => j.standing === 'passed').length;
            const check = verified > 0 ? `; full data verification passed on ${plural(verified, 'job')}` : '';
            return `Initial synchronization finished: ${plural(counts?.finished ?? 0, 'object')} finished${ignored}${running}${lag}${check}.`;
        }
        case 'failed': {
            const failedJobs = snapshot?.jobJudgement.failed ?? [];
            const objects = counts && counts.failed > 0 ? `${plural(counts.failed, 'object')} failed` : '';
            const check = checkPhrase(snapshot?.dataCheck);
            if (failedJobs.length === 0 && check && !objects)
                return `Initial synchronization failed: ${check}.`;
            if (failedJobs.length === 0)
                return `Initial synchronization failed: ${plural(counts?.failed ?? 0, 'object')} failed${check ? `; ${check}` : ''}.`;
            return `Initial synchronization failed: ${failedJobsPhrase(failedJobs)}${objects ? `; ${objects}` : ''}${check ? `; ${check}` : ''}.`;
        }
        case 'timeout':
            if (verdict.decidedBy === 'data-check') {
                return `Timed out waiting for the full data verification of ${checksWaited(snapshot?.dataCheck).slice(0, 3).join(', ') || 'the jobs'}.`;
            }
            if (verdict.decidedBy === 'delay' && delay?.maxDelayMs !== undefined) {
                return `Timed out waiting for the replication delay to come down to max-delay ${formatDelay(delay.maxDelayMs)}.`;
            }
            {
                const waiting = stillWaiting(snapshot);
                return waiting ? `Timed out with ${waiting}.` : 'Timed out before a poll could settle the run.';
            }
        case 'cancelled':
            return snapshot
                ? 'The run was cancelled while waiting; this is what the last complete poll saw.'
                : 'The run was cancelled before any poll completed.';
        case 'error':
            if (verdict.error)
                return errorSentence(verdict.error);
            if (verdict.decidedBy === 'job-unreadable' && snapshot)
                return unreadableText(snapshot.jobJudgement.unreadable);
            if (verdict.decidedBy === 'data-check' && snapshot?.dataCheck)
                return checkUnreadableText(snapshot.dataCheck);
            return 'The run ended in an error that has no description.';
    }
}
/** Facts a reader needs besides the sentence: why the run did not settle, what it did not fail on. */
function verdictNotes(verdict) {
    const notes = [];
    const { snapshot } = verdict;
    if (verdict.lastPollError && snapshot) {
        const code = (0,safe/* safeLine */.om)(verdict.lastPollError instanceof errors/* DtsApiError */.Ou ? verdict.lastPollError.code : verdict.lastPollError.name, wire/* CODE_CHARS */.Kb);
        notes.push(`The last poll at the deadline could not be completed (${code}); the result is that of poll ${snapshot.poll}.`);
    }
    if (snapshot && verdict.status !== 'finished') {
        // A job that failed as a whole lists nothing because it failed: its failure says why.
        const failedJobs = new Set(snapshot.jobJudgement.failed.map((f) => f.jobId));
        for (const id of snapshot.silentJobs)
            if (!failedJobs.has(id))
                notes.push(`Job ${id}: DTS has not reported any objects yet.`);
        for (const id of snapshot.shiftedJobs ?? []) {
            notes.push(`Job ${id}: its objects moved between pages while poll ${snapshot.poll} read them, so that poll may have missed some; it could not settle the run.`);
        }
    }
    if (snapshot) {
        // Why the delay kept the run from finishing: the delays and the limit.
        if (verdict.decidedBy === 'delay' || verdict.status === 'timeout' || verdict.status === 'cancelled') {
            const note = delayNote(snapshot.jobJudgement.delay);
            if (note)
                notes.push(note);
        }
    }
    if (snapshot && (verdict.status === 'timeout' || verdict.status === 'cancelled') && verdict.decidedBy !== 'data-check') {
        // The verification still to come besides what decided.
        for (const waited of checksWaited(snapshot.dataCheck).slice(0, 5))
            notes.push(`The full data verification of ${waited} has not finished.`);
    }
    if (verdict.status === 'timeout' && !verdict.fail)
        notes.push('fail-on-timeout is false: this timeout does not fail the run.');
    return notes;
}

;// CONCATENATED MODULE: ./src/report/render/failure.ts







/** Upper bound of the failure message, in characters. */
const FAILURE_MESSAGE_MAX_CHARS = 1500;
/** Objects (and jobs) the failure message spells out. */
const LISTED = 5;
/** `dtsabc/data dtstestdata.customer`, on one line and cut to `max` characters. */
function label(object, max) {
    const db = object.sourceDatabase ? `${object.sourceDatabase}.` : '';
    let text = `${object.jobId}/${object.section} ${db}${object.name}`;
    if (object.section === 'constraint' && object.parent)
        text += ` (on ${order_parentName(object)})`;
    return (0,safe/* safeLine */.om)(text, max);
}
/**
 * The message for `setFailed`: first every job that failed as a whole with its reason (and what
 * it left uncopied); for `failed`, how many objects failed and the first five (`job/section
 * db.name: error`); for `timeout`, how many objects are still pending and the first five, the
 * jobs that reported nothing yet, and the delays that stayed above max-delay; otherwise the
 * verdict's sentence. Never longer than 1,500 characters.
 */
function renderFailureMessage(verdict) {
    const snapshot = verdict.snapshot;
    const fallback = () => (0,safe/* safeLine */.om)(verdictSentence(verdict), FAILURE_MESSAGE_MAX_CHARS);
    if (!snapshot || (verdict.status !== 'failed' && verdict.status !== 'timeout'))
        return fallback();
    const blocks = [];
    const room = () => FAILURE_MESSAGE_MAX_CHARS - blocks.reduce((n, b) => n + b.length + 1, 0);
    const add = (block) => {
        if (block)
            blocks.push(cut_cutText(block, Math.max(0, room())));
    };
    add(failedJobsBlock(verdict));
    // The verification's tables after the failed jobs, with room for the objects after them.
    add(checkFailureBlock(verdict, Math.floor(room() / 2)));
    if (verdict.status === 'failed') {
        add(objectsList(snapshot, 'failed', `${plural(snapshot.counts.failed, 'object')} failed in DTS initialization${stillPending(snapshot)}:`, room()));
        add(uncopiedBlock(snapshot, room()));
    }
    else {
        add(timeoutBlock(verdict, snapshot, room()));
    }
    if (blocks.length === 0)
        return fallback();
    return cut_cutText(blocks.join('\n'), FAILURE_MESSAGE_MAX_CHARS);
}
function stillPending(snapshot) {
    return snapshot.counts.pending > 0 ? ` (and ${plural(snapshot.counts.pending, 'object')} still pending)` : '';
}
/** The jobs that failed as a whole, each on a line with its reason (the first five), then every other by name; `''` when none did. */
function failedJobsBlock(verdict) {
    const failed = verdict.snapshot?.jobJudgement.failed ?? [];
    if (verdict.status !== 'failed' || failed.length === 0)
        return '';
    // Each job line gets a fair share, so that the objects after them keep some room too.
    const perJob = Math.min(600, Math.floor(FAILURE_MESSAGE_MAX_CHARS / (Math.min(failed.length, LISTED) + 2)));
    const lines = failed.slice(0, LISTED).map((f) => `- ${failedJobLine(f, perJob - 2)}`);
    const others = failed.slice(LISTED);
    if (others.length > 0)
        lines.push(`- and ${plural(others.length, 'more job')}: ${others.map((f) => (0,safe/* safeLine */.om)(f.jobId, 64)).join(', ')}`);
    const header = failed.length === 1
        ? `DTS job ${(0,safe/* safeLine */.om)(failed[0].jobId, 64)} failed as a whole:`
        : `${plural(failed.length, 'DTS job')} failed as a whole:`;
    return [header, ...lines].join('\n');
}
/** The objects a failed job left uncopied: it moves no more, so they never will be. */
function uncopiedBlock(snapshot, maxChars) {
    const dead = new Set(snapshot.jobJudgement.failed.filter((f) => (f.uncopied ?? 0) > 0).map((f) => f.jobId));
    if (dead.size === 0)
        return '';
    const count = snapshot.jobJudgement.failed.reduce((n, f) => n + (dead.has(f.jobId) ? (f.uncopied ?? 0) : 0), 0);
    const header = `${plural(count, 'object')} left uncopied by the failed ${dead.size === 1 ? 'job' : 'jobs'}:`;
    return objectsList(snapshot, (o) => o.outcome === 'pending' && dead.has(o.jobId), header, maxChars, count);
}
/** Why the deadline came: the objects still pending, the jobs that reported nothing, the delay. */
function timeoutBlock(verdict, snapshot, maxChars) {
    const after = `Timed out after ${formatDuration(verdict.elapsedMs)}`;
    const { delay } = snapshot.jobJudgement;
    const delayLine = delay.required && !delay.holds
        ? `The replication delay did not come down to max-delay ${delay.maxDelayMs !== undefined ? formatDelay(delay.maxDelayMs) : '?'}: ${delayByJob(delay)}.`
        : '';
    const silent = snapshot.silentJobs;
    const silentLine = silent.length > 0
        ? `No objects reported yet by ${silent
            .slice(0, 3)
            .map((id) => (0,safe/* safeLine */.om)(id, 40))
            .join(', ')}${silent.length > 3 ? ` and ${formatThousands(silent.length - 3)} more jobs` : ''}.`
        : '';
    const pending = snapshot.counts.pending;
    const lines = [];
    if (pending > 0) {
        const tail = [silentLine, delayLine].filter((l) => l !== '').join('\n');
        const list = objectsList(snapshot, 'pending', `${after} with ${plural(pending, 'object')} still pending in DTS initialization:`, maxChars - tail.length - 1);
        lines.push(list, tail);
    }
    else if (silentLine && delayLine) {
        lines.push(`${after}:`, silentLine, delayLine);
    }
    else if (silentLine || delayLine) {
        const line = silentLine || delayLine;
        lines.push(`${after}: ${line.charAt(0).toLowerCase()}${line.slice(1)}`);
    }
    else {
        return '';
    }
    return cut_cutText(lines.filter((l) => l !== '').join('\n'), maxChars);
}
/**
 * A header and the first five objects `wanted` (an outcome, or a test) in display order, each with
 * its error (failed) or where it stands (pending), and how many more there are of `count`.
 */
function objectsList(snapshot, wanted, header, maxChars, count = typeof wanted === 'string' ? snapshot.counts[wanted] : 0) {
    if (count === 0)
        return '';
    const include = typeof wanted === 'string' ? (o) => o.outcome === wanted : wanted;
    const first = [];
    for (const o of inDisplayOrder(snapshot.objects, snapshot.jobIds, include)) {
        first.push(o);
        if (first.length >= LISTED)
            break;
    }
    const footer = count > first.length ? `and ${formatThousands(count - first.length)} more (see the job summary and the report file).` : '';
    // Share what is left between the listed objects, so the whole stays under the bound.
    const room = maxChars - header.length - footer.length - 2 * first.length - 2;
    const perItem = Math.max(20, Math.floor(room / Math.max(1, first.length)));
    const items = first.map((o) => {
        const name = label(o, Math.min(120, Math.floor(perItem / 2)));
        const rest = Math.min(200, perItem - name.length - 4);
        const failed = o.outcome === 'failed';
        const detail = rest <= 1 ? '' : failed ? (0,safe/* safeLine */.om)(o.error, rest) || `status ${(0,safe/* safeLine */.om)(o.status, rest - 7)}` : pendingDetail(o, rest);
        return `- ${name}${detail ? `: ${detail}` : ''}`;
    });
    return cut_cutText([header, ...items, ...(footer ? [footer] : [])].join('\n'), maxChars);
}
function pendingDetail(object, max) {
    const status = (0,safe/* safeLine */.om)(object.status, 100) || '(no status)';
    const done = formatThousands(object.finishedRows ?? '');
    const total = formatThousands(object.totalRows ?? '');
    if (object.section !== 'data' || (!done && !total))
        return cut_cutText(status, max);
    return cut_cutText(`${status}, ${(0,safe/* safeLine */.om)(done, 40) || '?'} / ${(0,safe/* safeLine */.om)(total, 40) || '?'} rows`, max);
}

;// CONCATENATED MODULE: ./src/report/render/summary/cells.ts



/** Widths of escaped text, in characters: tables stay narrow, the report file has everything. */
const WIDTH = { job: 64, database: 64, name: 100, status: 64, time: 24 };
/** A non-breaking space: keeps `1,234 / 5,678` and `not started` on one line. */
const NBSP = '&nbsp;';
/** `db.name`, `db.name (on parent)` for a constraint, and `→ destination` where the destination database differs. */
function objectLabel(object, width = WIDTH.name) {
    const db = object.sourceDatabase ? `${(0,safe/* safeMarkdown */.fH)(object.sourceDatabase, WIDTH.database)}.` : '';
    let label = `${db}${(0,safe/* safeMarkdown */.fH)(object.name, width) || '(no name)'}`;
    if (object.section === 'constraint' && object.parent)
        label += ` (on ${(0,safe/* safeMarkdown */.fH)(order_parentName(object), width)})`;
    if (object.destinationDatabase && object.destinationDatabase !== object.sourceDatabase) {
        label += ` → ${(0,safe/* safeMarkdown */.fH)(object.destinationDatabase, WIDTH.database)}`;
    }
    return label;
}
/** Rows copied of rows to copy, `9,993 / 9,981`, with `?` for a side DTS left out; `''` when neither is known. */
function rowsLabel(object) {
    const done = (0,safe/* safeMarkdown */.fH)(formatThousands(object.finishedRows ?? ''), 40);
    const total = (0,safe/* safeMarkdown */.fH)(formatThousands(object.totalRows ?? ''), 40);
    if (!done && !total)
        return '';
    return `${done || '?'}${NBSP}/${NBSP}${total || '?'}`;
}
/**
 * The share of an unfinished data entry's rows copied, `66.6%`, rounded down and never `100%` (a
 * pending entry is not done, whatever its counts say); `''` when the counts do not tell.
 */
function percentLabel(object) {
    const { totalRows, finishedRows } = object;
    if (!totalRows || !finishedRows || !/^\d+$/.test(totalRows) || !/^\d+$/.test(finishedRows))
        return '';
    const total = BigInt(totalRows);
    if (total === 0n)
        return '';
    const tenths = (BigInt(finishedRows) * 1000n) / total;
    const capped = tenths > 999n ? 999n : tenths;
    return `${capped / 10n}.${capped % 10n}%`;
}
/**
 * Where a pending object is, with the time it has used so far (how long a stuck table has been
 * copying is what a person judges it by): `Migrating · 66.6% · 80,000 / 120,000 · 41.5s`,
 * `Not started`, or its unknown status.
 */
function progressLabel(object) {
    const time = timeLabel(object);
    if (object.state === 'unknown')
        return [`status ${(0,safe/* safeMarkdown */.fH)(object.status, WIDTH.status) || '(none)'}`, time].filter((p) => p !== '').join(' · ');
    if (object.state === 'NotStarted')
        return `Not${NBSP}started`;
    const rows = object.section === 'data' ? rowsLabel(object) : '';
    const percent = rows ? percentLabel(object) : '';
    return ['Migrating', percent, rows, time].filter((part) => part !== '').join(' · ');
}
/** UsedTime as DTS wrote it: `4.1s` for a plain number of seconds. */
function timeLabel(object) {
    const used = (object.usedTime ?? '').trim();
    if (!used)
        return '';
    return /^\d+(\.\d+)?$/.test(used) && used.length <= WIDTH.time ? `${used}s` : (0,safe/* safeMarkdown */.fH)(used, WIDTH.time);
}

;// CONCATENATED MODULE: ./src/report/render/summary/counts.ts
/**
 * The count tables of the summary: one per job (or one row per job when there are many), then
 * the total of all jobs. Every number comes from the snapshot; this only lays them out.
 */




/** With more jobs than this, one row per job replaces the per-job count tables. */
const MAX_JOB_TABLES = 20;
/** Rows of the one-row-per-job table. */
const MAX_JOB_ROWS = 200;
const COUNT_COLUMNS = [
    ['finished', 'Finished'],
    ['failed', 'Failed'],
    ['ignored', 'Ignored'],
    ['pending', 'Pending'],
    ['running', 'Running']
];
const NO_COUNTS = { total: 0, finished: 0, failed: 0, ignored: 0, pending: 0, running: 0 };
function renderCounts(snapshot, jobIds) {
    const lines = [];
    if (jobIds.length <= 1) {
        const entry = jobIds[0] !== undefined ? snapshot.byJob[jobIds[0]] : undefined;
        lines.push('', '### Counts', '', ...sectionTable(entry?.sections ?? snapshot.sections, entry?.counts ?? snapshot.counts));
        return lines;
    }
    if (jobIds.length <= MAX_JOB_TABLES) {
        for (const id of jobIds) {
            const entry = snapshot.byJob[id];
            lines.push('', `### Job ${(0,safe/* safeMarkdown */.fH)(id, WIDTH.job)}`, '');
            if (!entry || entry.counts.total === 0)
                lines.push('_DTS has not reported any objects for this job yet._');
            else
                lines.push(...sectionTable(entry.sections, entry.counts));
        }
    }
    else {
        lines.push('', '### Jobs', '');
        lines.push(`| Job | ${COUNT_COLUMNS.map(([, label]) => label).join(' | ')} | Total |`);
        lines.push(`| :-- | ${COUNT_COLUMNS.map(() => '--:').join(' | ')} | --: |`);
        for (const id of jobIds.slice(0, MAX_JOB_ROWS)) {
            lines.push(countRow((0,safe/* safeMarkdown */.fH)(id, WIDTH.job), snapshot.byJob[id]?.counts ?? NO_COUNTS));
        }
        if (jobIds.length > MAX_JOB_ROWS) {
            lines.push('', `_${plural(jobIds.length - MAX_JOB_ROWS, 'more job')} not listed here._`);
        }
    }
    lines.push('', '### All jobs', '', ...sectionTable(snapshot.sections, snapshot.counts));
    return lines;
}
/** One line of totals, for a size bound too small for the tables. */
function compactCounts(counts) {
    const parts = COUNT_COLUMNS.map(([outcome, label]) => `${label.toLowerCase()} ${formatThousands(counts[outcome])}`);
    return `**Objects:** ${formatThousands(counts.total)} (${parts.join(', ')})`;
}
function sectionTable(sections, total) {
    return [
        `| Section | ${COUNT_COLUMNS.map(([, label]) => label).join(' | ')} | Total |`,
        `| :-- | ${COUNT_COLUMNS.map(() => '--:').join(' | ')} | --: |`,
        ...types/* SECTIONS */.bP.map((section) => countRow(section, sections[section])),
        countRow('**total**', total)
    ];
}
function countRow(label, counts) {
    const cells = COUNT_COLUMNS.map(([outcome]) => formatThousands(counts[outcome]));
    return `| ${label} | ${cells.join(' | ')} | ${formatThousands(counts.total)} |`;
}

;// CONCATENATED MODULE: ./src/report/render/summary/helpLinks.ts

/** Hosts whose pages are linked, with their subdomains (help.aliyun.com, www.alibabacloud.com). */
const DOC_HOSTS = ['aliyun.com', 'alibabacloud.com'];
/** Help pages shown of one error. */
const MAX_LINKS = 3;
/** Characters a link's address keeps as they are; any other is percent-encoded (no `(`, `)`, `<`, `>` or blank can end it). */
const KEPT = /[A-Za-z0-9\-._~:/?#&=%+,;]/;
/** The address of a help page as a link target, or undefined when it is not one of the documentation sites'. */
function helpHref(text) {
    let url;
    try {
        url = new URL(text.trim());
    }
    catch {
        return undefined;
    }
    const host = url.hostname.toLowerCase();
    if (url.protocol !== 'https:' || url.username !== '' || url.password !== '' || url.port !== '')
        return undefined;
    if (!DOC_HOSTS.some((doc) => host === doc || host.endsWith(`.${doc}`)))
        return undefined;
    let href = '';
    for (const char of url.href) {
        if (KEPT.test(char))
            href += char;
        else
            for (const byte of Buffer.from(char, 'utf8'))
                href += `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
    }
    return href.length <= 500 ? href : undefined;
}
/** `Help: [DTS-31009](https://help.aliyun.com/…)`, `''` when DTS named no help page. */
function helpLinks(details) {
    const shown = (details ?? [])
        .filter((d) => d.helpUrl !== '')
        .slice(0, MAX_LINKS)
        .map((d) => {
        const name = (0,safe/* safeMarkdown */.fH)(d.code, 64) || 'help page';
        const href = helpHref(d.helpUrl);
        return href ? `[${name}](${href})` : `${name} (${(0,safe/* safeMarkdown */.fH)(d.helpUrl, 300)})`;
    });
    return shown.length > 0 ? `Help: ${shown.join(' · ')}` : '';
}

;// CONCATENATED MODULE: ./src/report/render/summary/failures.ts





/** The longest error shown, in characters of the escaped text; DTS errors are rarely a third of it. */
const ERROR_CHARS = 2000;
/** Characters of a name in the list (the tables cut shorter). */
const NAME_CHARS = 256;
/** One failure: what failed and where, then DTS's error quoted below it. */
function failureItem(object, several) {
    const mark = object.outcome === 'ignored' ? '⚠️ Failed (ignored):' : '❌';
    const what = `${object.section}, ${(0,safe/* safeMarkdown */.fH)(object.type, 64) || '?'}`;
    const job = several ? ` · job ${(0,safe/* safeMarkdown */.fH)(object.jobId, WIDTH.job)}` : '';
    // safeMarkdown keeps the error a paragraph: a leading `#`, `-` or `1.` opens nothing.
    const error = (0,safe/* safeMarkdown */.fH)(object.error, ERROR_CHARS) || '_DTS gave no error message._';
    return `- ${mark} **${objectLabel(object, NAME_CHARS)}** · ${what}${job}\n  > ${error}`;
}
/** Check items of one failed precheck shown in the summary; the report file has every one. */
const MAX_ITEMS = 50;
/** Characters of one check's error and of its repair method. */
const ITEM_CHARS = 600;
/**
 * One job that failed as a whole: its state, DTS's error quoted below, and for a failed precheck
 * each failed check with its error and how to repair it, as a list nested in the item. Returns
 * the item with its first `checks` failed checks (at most {@link MAX_ITEMS}): the text is escaped
 * once, so that a caller looking for how many checks fit its room pays only for joining lines.
 */
function failedJobItem(failure, ignored) {
    const mark = ignored ? '⚠️ Failed (ignored):' : '❌';
    const head = [`- ${mark} **Job ${(0,safe/* safeMarkdown */.fH)(failure.jobId, WIDTH.job)}** · ${jobWords_STATE_WORDS[failure.state]}`];
    const error = (0,safe/* safeMarkdown */.fH)(failure.error, ERROR_CHARS);
    if (error)
        head.push(`  > ${error}`);
    else if (failure.items.length === 0)
        head.push('  > _DTS gave no error message._');
    const help = helpLinks(failure.errorDetails);
    if (help)
        head.push(`  >`, `  > ${help}`);
    const uncopied = jobWords_uncopiedWords(failure, '');
    if (uncopied)
        head.push(`  - ${uncopied.charAt(0).toUpperCase()}${uncopied.slice(1)}: they are among what is still pending below.`);
    const checks = failure.items.slice(0, MAX_ITEMS).map((item) => {
        const itemError = (0,safe/* safeMarkdown */.fH)(item.error, ITEM_CHARS) || '_DTS gave no error message._';
        const repair = (0,safe/* safeMarkdown */.fH)(item.repairMethod, ITEM_CHARS);
        const name = (0,safe/* safeMarkdown */.fH)(item.name, NAME_CHARS) || '(unnamed check)';
        return `  - **${name}** failed: ${itemError}${repair ? `<br>How to repair: ${repair}` : ''}`;
    });
    return (count) => {
        const shown = checks.slice(0, Math.max(0, count));
        const left = failure.items.length - shown.length;
        const more = left > 0 ? [`  - _and ${plural(left, 'more failed check')}, in the report file_`] : [];
        // Checks DTS listed past what the gate keeps of a precheck are in no file: say so, not more.
        const unkept = (failure.checksNotKept ?? 0) > 0
            ? [`  - _DTS listed ${plural(failure.checksNotKept ?? 0, 'more check')} of this precheck, which the gate did not keep_`]
            : [];
        return [...head, ...shown, ...more, ...unkept].join('\n');
    };
}

;// CONCATENATED MODULE: ./src/report/render/summary/fit.ts
/**
 * Keeping the summary under its size bound (UTF-8 bytes): GitHub drops a step summary over 1 MiB
 * whole, and a pull-request comment holds at most 65,536 characters.
 */
const bytes = (text) => Buffer.byteLength(text, 'utf8');
/** Bytes of lines joined by newlines, each line's newline included. */
const linesBytes = (lines) => lines.reduce((sum, line) => sum + bytes(line) + 1, 0);
/**
 * Join the lines; should the result still exceed `maxBytes` (only with a bound too small for
 * the heading and counts), drop lines from the end and say so, and as a last resort cut bytes
 * at a character boundary.
 */
function fit(lines, maxBytes) {
    const text = lines.join('\n') + '\n';
    if (bytes(text) <= maxBytes)
        return text;
    const marker = '_The summary was cut to stay under its size limit._\n';
    const room = maxBytes - bytes(marker);
    let kept = '';
    let size = 0;
    for (const line of lines) {
        const add = bytes(line) + 1;
        if (size + add > room)
            break;
        kept += line + '\n';
        size += add;
    }
    if (room >= 0)
        return kept + marker;
    return cutBytes(text, maxBytes);
}
function cutBytes(text, maxBytes) {
    if (maxBytes <= 0)
        return '';
    let out = '';
    let size = 0;
    for (const ch of text) {
        const add = bytes(ch);
        if (size + add > maxBytes)
            break;
        out += ch;
        size += add;
    }
    return out;
}

;// CONCATENATED MODULE: ./src/report/render/summary/jobs.ts




/** Cells of the progress bar: one per 5%. */
const BAR_CELLS = 20;
/** Rows of the jobs' table; the rest are counted. */
const jobs_MAX_JOB_ROWS = 50;
/** A job's state for a person: `prechecking 66%`, `paused`, `unknown state Rebooting`, `not readable (Forbidden.RAM)`. */
function jobStateText(reading) {
    if (reading === undefined || reading.kind === 'not-asked')
        return 'not read';
    if (reading.kind === 'refused')
        return `not readable (${(0,safe/* safeMarkdown */.fH)(reading.code, WIDTH.status) || 'refused'})`;
    const { job } = reading;
    if (job.state === 'unknown')
        return `unknown state ${(0,safe/* safeMarkdown */.fH)(job.status, WIDTH.status) || '(none)'}`;
    const percent = job.precheck?.percent;
    if (job.state === 'Prechecking' && percent !== undefined)
        return `prechecking ${formatPercent(percent)}%`;
    // The retry phrase is made safe as plain text; here it is escaped as markdown too.
    if (job.retry)
        return (0,safe/* safeMarkdown */.fH)(job.state === 'Retrying' ? retryPhrase(job.retry) : `${jobWords_STATE_WORDS[job.state]}, ${retryPhrase(job.retry)}`, 200);
    return jobWords_STATE_WORDS[job.state];
}
/** Jobs whose retry is told in a line of its own, with DTS's message. */
const MAX_RETRY_LINES = 5;
/** `⚠️ **DTS retrying** (job dtsA): destDB (retry 3, …): <ErrMessage>`, one per job DTS is retrying. */
function retryLines(snapshot, jobIds) {
    const retrying = jobIds.filter((id) => {
        const reading = snapshot.jobs[id];
        return reading?.kind === 'read' && reading.job.retry !== undefined;
    });
    const lines = retrying.slice(0, MAX_RETRY_LINES).map((id) => {
        const reading = snapshot.jobs[id];
        const retry = reading?.kind === 'read' ? reading.job.retry : { target: '', message: '' };
        const job = jobIds.length > 1 ? ` (job ${(0,safe/* safeMarkdown */.fH)(id, WIDTH.job)})` : '';
        const message = (0,safe/* safeMarkdown */.fH)(retry.message, 600);
        return `⚠️ **DTS is ${(0,safe/* safeMarkdown */.fH)(retryPhrase(retry), 200)}**${job}${message ? `: ${message}` : ''}. A job that runs out of retries fails.`;
    });
    if (retrying.length > MAX_RETRY_LINES)
        lines.push(`_and ${plural(retrying.length - MAX_RETRY_LINES, 'more job')} DTS is retrying._`);
    return lines;
}
/** `████████░░░░░░░░░░░░`: one cell per 5%, full only at 100%. */
function progressBar(percent) {
    const full = Math.max(0, Math.min(BAR_CELLS, Math.floor((percent * BAR_CELLS) / 100)));
    return '█'.repeat(full) + '░'.repeat(BAR_CELLS - full);
}
/** The head's lines of the jobs as a whole and of the copy; none when there is nothing to say. */
function jobLines(snapshot, jobIds) {
    const blocks = [];
    const asked = jobIds.some((id) => (snapshot.jobs[id]?.kind ?? 'not-asked') !== 'not-asked');
    if (asked)
        blocks.push(...stateBlocks(snapshot, jobIds));
    const retries = retryLines(snapshot, jobIds);
    if (retries.length > 0)
        blocks.push(retries.flatMap((line, i) => (i === 0 ? [line] : ['', line])));
    for (const line of [copyLine(snapshot), delayLine(snapshot)])
        if (line)
            blocks.push([line]);
    // Each block a paragraph (or a table) of its own.
    return blocks.flatMap((block) => ['', ...block]);
}
function stateBlocks(snapshot, jobIds) {
    if (jobIds.length === 1)
        return [[`**Job state:** ${jobStateText(snapshot.jobs[jobIds[0]])}`]];
    const rows = jobIds.slice(0, jobs_MAX_JOB_ROWS).map((id) => {
        const reading = snapshot.jobs[id];
        const delayMs = reading?.kind === 'read' ? reading.job.delayMs : undefined;
        const standing = snapshot.jobJudgement.delay.jobs.find((j) => j.jobId === id)?.standing;
        // A job that does not replicate yet has no delay to show, and the cell says so; other
        // standings matter only when the run waits on the delay.
        const said = standing === 'not-replicating' || (snapshot.jobJudgement.delay.required && standing !== 'low');
        const note = standing && said ? STANDING_WORDS[standing] : '';
        const delay = [delayMs === undefined ? '' : formatDelay(delayMs), note].filter((t) => t !== '').join(', ');
        const other = otherIdText(snapshot.identities?.[id]);
        const name = `${(0,safe/* safeMarkdown */.fH)(id, WIDTH.job)}${other ? ` (${(0,safe/* safeMarkdown */.fH)(other, WIDTH.job + 9)})` : ''}`;
        return `| ${name} | ${jobStateText(reading)} | ${delay} |`;
    });
    const table = ['| Job | State | Replication delay |', '| :-- | :-- | --: |', ...rows];
    if (jobIds.length <= jobs_MAX_JOB_ROWS)
        return [table];
    return [table, [`_${plural(jobIds.length - jobs_MAX_JOB_ROWS, 'more job')} not listed here._`]];
}
/** `**Full data:** ████████░░░░░░░░░░░░ 42.5% · 227,000 of 536,025 rows · 90,000 rows/s · about 3s left`. */
function copyLine(snapshot) {
    const { progress, rate, etaSeconds } = snapshot;
    if (progress.percent === undefined)
        return '';
    const parts = [
        `${progressBar(progress.percent)} ${formatPercent(progress.percent)}%`,
        `${formatThousands(progress.copiedRows)} of ${formatThousands(progress.totalRows)} rows`
    ];
    // Once every entry is Finished the copy is over: its rate is history.
    if (rate !== undefined && progress.percent < 100)
        parts.push(formatRate(rate));
    if (etaSeconds !== undefined)
        parts.push(`about ${formatDuration(etaSeconds * 1000)} left`);
    return `**Full data:** ${parts.join(' · ')}`;
}
/** `**Replication delay:** 2.4s (max-delay 5s)`, or per job what keeps it from meeting the limit. */
function delayLine(snapshot) {
    const check = snapshot.jobJudgement.delay;
    const limit = check.maxDelayMs !== undefined ? `max-delay ${formatDelay(check.maxDelayMs)}` : '';
    if (check.required && !check.holds)
        return `**Replication delay:** ${(0,safe/* safeMarkdown */.fH)(delayByJob(check), 2000)} · ${limit}, not met`;
    if (check.largestMs === undefined)
        return '';
    const largest = formatDelay(check.largestMs);
    const several = snapshot.jobIds.length > 1 ? ' (the largest)' : '';
    return `**Replication delay:** ${largest}${several}${limit ? ` · ${limit}, met` : ''}`;
}

;// CONCATENATED MODULE: ./src/report/render/summary/checks.ts





/** Jobs whose verification the head shows, one line each; the rest are counted. */
const MAX_CHECK_LINES = 20;
/** Tables "What failed" lists at most; the report file has every one. */
const MAX_TABLE_ITEMS = 200;
/** Characters of a database or table name in an item. */
const checks_NAME_CHARS = 128;
/** Whether "What failed" has something of the verification to list. */
function hasCheckFailures(snapshot) {
    const checks = snapshot.dataCheck;
    if (!checks)
        return false;
    const unlisted = failingUnlisted(checks);
    return checks.failedChecks.length + checks.failedTables.length + checks.ignoredTables.length + unlisted.differs + unlisted.failed > 0;
}
/** Tables DTS counted as differing or failed but did not list, by why. */
function failingUnlisted(checks) {
    const unlisted = { differs: 0, failed: 0 };
    for (const job of checks.jobs) {
        const counts = tableCounts(checks, job);
        const listed = checks.failedTables.filter((t) => t.jobId === job.jobId);
        unlisted.differs += counts.differs - listed.filter((t) => t.finding === 'differs').length;
        unlisted.failed += counts.failed - listed.filter((t) => t.finding === 'failed').length;
    }
    return unlisted;
}
/** One job's verification in words: `████░░ 45% · 1 rows/s (…)`, `✅ 12 tables, every one the same`. */
function standingText(checks, job) {
    const verification = job.verification;
    switch (job.standing) {
        case 'off':
        case 'not-configured':
            return '';
        case 'not-read':
            return 'not readable: the job view did not come from DescribeDtsJobs';
        case 'refused':
            return `⚠️ not readable (${(0,safe/* safeMarkdown */.fH)(job.refusal?.code ?? '', WIDTH.status) || 'refused'})`;
        case 'not-started':
            return 'not started (it runs after the full data copy)';
        case 'checking': {
            const percent = verification?.percent ?? 0;
            const progress = (0,safe/* safeMarkdown */.fH)(verification?.progress ?? '', 120);
            return [`${progressBar(percent)} ${formatPercent(percent)}%`, progress].filter((t) => t !== '').join(' · ');
        }
        case 'unknown':
            return `unknown state ${(0,safe/* safeMarkdown */.fH)(verification?.status ?? '', WIDTH.status) || '(none)'}`;
        case 'failed':
            return '❌ failed';
        case 'differs':
        case 'passed': {
            const counts = tableCounts(checks, job);
            return `${counts.differs + counts.failed > 0 ? '❌' : '✅'} ${resultText(job, counts)}`;
        }
    }
}
/** The head's lines of the verification, one per job that has one to show; none when no job does. */
function checkLines(snapshot, jobIds) {
    const checks = snapshot.dataCheck;
    if (!checks)
        return [];
    const shown = checks.jobs.filter((j) => standingText(checks, j) !== '');
    const several = jobIds.length > 1;
    const lines = shown.slice(0, MAX_CHECK_LINES).map((job) => {
        const of = several ? ` (job ${(0,safe/* safeMarkdown */.fH)(job.jobId, WIDTH.job)})` : '';
        return `**Full data verification${of}:** ${standingText(checks, job)}`;
    });
    if (shown.length > MAX_CHECK_LINES)
        lines.push(`_${plural(shown.length - MAX_CHECK_LINES, 'more job')} with a verification not listed here._`);
    return lines.flatMap((line) => ['', line]);
}
/** `**shop.orders** → dwh.orders`: source, and the destination where it differs. */
function tableLabel(table) {
    const source = `${(0,safe/* safeMarkdown */.fH)(table.sourceDatabase, checks_NAME_CHARS)}.${(0,safe/* safeMarkdown */.fH)(table.sourceTable, checks_NAME_CHARS)}`;
    const destination = `${(0,safe/* safeMarkdown */.fH)(table.destinationDatabase, checks_NAME_CHARS)}.${(0,safe/* safeMarkdown */.fH)(table.destinationTable, checks_NAME_CHARS)}`;
    const same = destination === source || (table.destinationDatabase === '' && table.destinationTable === '');
    return `**${source}**${same ? '' : ` → ${destination}`}`;
}
/** One table of "What failed": what it is, then why it fails and the rows checked. */
function tableItem(table, several) {
    const mark = table.ignored ? (table.finding === 'differs' ? '⚠️ Differs (ignored):' : '⚠️ Check failed (ignored):') : '❌';
    const job = several ? ` · job ${(0,safe/* safeMarkdown */.fH)(table.jobId, WIDTH.job)}` : '';
    const checked = checkWords_checkedText(table);
    return `- ${mark} ${tableLabel(table)} · data verification${job}\n  > ${(0,safe/* safeMarkdown */.fH)(checkWords_reasonText(table), 300)}${checked ? ` · ${checked}` : ''}`;
}
/**
 * The verification's items of "What failed", within `budget` bytes: each verification that
 * failed, then the tables that fail the gate, then the ignored ones, at most
 * {@link MAX_TABLE_ITEMS} tables; then how many were left out.
 */
function checkFailureLines(snapshot, budget) {
    const checks = snapshot.dataCheck;
    if (!checks)
        return [];
    const several = snapshot.jobIds.length > 1;
    const lines = [];
    // Room kept for the two closing lines, which are added whatever is left.
    let left = budget - 400;
    const add = (line) => {
        const size = Buffer.byteLength(line) + 1;
        if (size > left)
            return false;
        left -= size;
        lines.push(line);
        return true;
    };
    for (const { jobId, error } of checks.failedChecks) {
        const said = (0,safe/* safeMarkdown */.fH)(error, 2000) || '_DTS gave no error message._';
        if (!add(`- ❌ **Full data verification of job ${(0,safe/* safeMarkdown */.fH)(jobId, WIDTH.job)}** · failed\n  > ${said}`))
            break;
    }
    const tables = [...checks.failedTables, ...checks.ignoredTables];
    let listed = 0;
    for (const table of tables.slice(0, MAX_TABLE_ITEMS)) {
        if (!add(tableItem(table, several)))
            break;
        listed++;
    }
    const unlisted = failingUnlisted(checks);
    if (tables.length > listed) {
        lines.push(`- _and ${plural(tables.length - listed, 'more table')} of the data verification, in the report file_`);
    }
    if (unlisted.differs + unlisted.failed > 0) {
        lines.push(`- ❌ _DTS counted ${foundText(unlisted)} that it did not list: they are not named anywhere._`);
    }
    return lines;
}

;// CONCATENATED MODULE: ./src/report/render/summary/objects.ts



const OBJECT = { title: 'Object', align: ':--', cell: (o) => objectLabel(o) };
const SECTION = { title: 'Section', align: ':--', cell: (o) => o.section };
const JOB = { title: 'Job', align: ':--', cell: (o) => (0,safe/* safeMarkdown */.fH)(o.jobId, WIDTH.job) };
const COLUMNS = {
    pending: [OBJECT, SECTION, { title: 'Progress', align: ':--', cell: progressLabel }],
    running: [OBJECT, { title: 'Status', align: ':--', cell: (o) => (o.state === 'NotStarted' ? 'Not&nbsp;started' : 'Running') }],
    finished: [
        OBJECT,
        SECTION,
        { title: 'Rows', align: '--:', cell: (o) => (o.section === 'data' ? rowsLabel(o) : '') },
        { title: 'Time', align: '--:', cell: timeLabel }
    ]
};
function objects_columnsOf(kind, several) {
    return several ? [...COLUMNS[kind], JOB] : COLUMNS[kind];
}
function tableHeader(kind, several) {
    const columns = objects_columnsOf(kind, several);
    return [`| ${columns.map((c) => c.title).join(' | ')} |`, `| ${columns.map((c) => c.align).join(' | ')} |`];
}
function tableRow(kind, object, several) {
    return `| ${objects_columnsOf(kind, several)
        .map((c) => c.cell(object))
        .join(' | ')} |`;
}
/** The lines around a table: a heading for what is pending, a fold for the rest (open it to see the rows). */
function tableFrame(kind, count) {
    if (kind === 'pending')
        return { before: ['', `### Still pending (${formatThousands(count)})`, ''], after: [] };
    const title = kind === 'running'
        ? `🔁 ${plural(count, 'incremental entry', 'incremental entries')} running`
        : `✅ ${plural(count, 'object')} finished`;
    return { before: ['', '<details>', `<summary>${title}</summary>`, ''], after: ['', '</details>'] };
}

;// CONCATENATED MODULE: ./src/report/render/summary/page.ts












const DEFAULT_SUMMARY_MAX_BYTES = 512 * 1024;
const DEFAULT_SUMMARY_MAX_ROWS = 1000;
const DEFAULT_TITLE = 'DTS initialization';
/** Jobs named in the facts line. */
const MAX_JOBS_NAMED = 20;
const MAX_NOTES = 20;
const HEADINGS = {
    finished: { emoji: '✅', words: 'finished' },
    failed: { emoji: '❌', words: 'failed' },
    timeout: { emoji: '⏱️', words: 'timed out' },
    cancelled: { emoji: '🛑', words: 'cancelled' },
    error: { emoji: '⚠️', words: 'status could not be read' }
};
/** Order in which left-out objects are counted in the "not listed" line. */
const LEFT_OUT_ORDER = ['failed', 'ignored', 'pending', 'running', 'finished'];
const PARTS = [
    { part: 'failures', outcomes: ['failed', 'ignored'] },
    { part: 'pending', outcomes: ['pending'] },
    { part: 'running', outcomes: ['running'] },
    { part: 'finished', outcomes: ['finished'] }
];
const FAILURES_HEADING = ['', '### What failed', ''];
function renderSummary(input) {
    const maxBytes = input.maxBytes ?? DEFAULT_SUMMARY_MAX_BYTES;
    const maxRows = Math.max(0, Math.floor(input.maxRows ?? DEFAULT_SUMMARY_MAX_ROWS));
    const { verdict } = input;
    const snapshot = verdict.snapshot;
    const jobIds = input.jobIds.length > 0 ? input.jobIds : (snapshot?.jobIds ?? []);
    const several = jobIds.length > 1;
    const head = renderHead(input, jobIds);
    const footer = input.reportFile ? reportFileLines(input.reportFile, input.reportFileOnRunner === true) : [];
    if (!snapshot)
        return fit([...head, '', '_No poll completed, so there are no object counts to show._', ...footer], maxBytes);
    const totals = snapshot.counts;
    const reasons = [`the page stops at ${formatThousands(maxRows)} objects`, `the summary has to stay under ${formatBytes(maxBytes)}`];
    // The line about left-out objects can only get shorter than with every object left out.
    const leftOutReserve = totals.total > 0 ? Math.max(...reasons.map((r) => bytes(leftOutLine(totals, r)))) + 2 : 0;
    const count = (outcomes) => outcomes.reduce((n, o) => n + totals[o], 0);
    const { failed: failedJobs, ignored: ignoredJobs } = snapshot.jobJudgement;
    const jobFailures = [...failedJobs.map((f) => ({ f, ignored: false })), ...ignoredJobs.map((f) => ({ f, ignored: true }))];
    const failuresShown = jobFailures.length > 0 || count(['failed', 'ignored']) > 0 || hasCheckFailures(snapshot);
    // Room for every heading, fold and table header a part may need.
    const frames = (failuresShown ? linesBytes(FAILURES_HEADING) : 0) +
        PARTS.filter(({ part, outcomes }) => part !== 'failures' && count(outcomes) > 0).reduce((sum, { part, outcomes }) => sum + linesBytes(frameLines(part, count(outcomes), several)), 0);
    let countPart = renderCounts(snapshot, jobIds);
    const jobsLeftOutReserve = jobFailures.length > 0 ? linesBytes(['', jobsLeftOutLine(jobFailures.length, maxBytes)]) : 0;
    const fixedBytes = (counts) => linesBytes(head) + linesBytes(counts) + linesBytes(footer) + frames + leftOutReserve + jobsLeftOutReserve;
    // Too small a bound for the count tables: one line of totals instead.
    if (fixedBytes(countPart) > maxBytes)
        countPart = ['', compactCounts(totals)];
    const listed = { failures: [], pending: [], running: [], finished: [] };
    const shown = { finished: 0, failed: 0, ignored: 0, pending: 0, running: 0 };
    let budget = maxBytes - fixedBytes(countPart);
    let rows = 0;
    let reason = '';
    // The jobs that failed as a whole come first; with failed objects too, they leave half the room.
    const jobItems = listJobFailures(jobFailures, count(['failed', 'ignored']) > 0 ? Math.floor(budget / 2) : budget);
    budget -= linesBytes(jobItems.lines);
    listed.failures.push(...jobItems.lines);
    // Then the tables of the data verification, leaving the objects half of what is left.
    const checkItems = checkFailureLines(snapshot, count(['failed', 'ignored']) > 0 ? Math.floor(budget / 2) : budget);
    budget -= linesBytes(checkItems);
    listed.failures.push(...checkItems);
    fill: for (const { part, outcomes } of PARTS) {
        const wanted = (o) => outcomes.includes(o.outcome);
        for (const object of inDisplayOrder(snapshot.objects, jobIds, wanted)) {
            if (rows >= maxRows) {
                reason = reasons[0] ?? '';
                break fill;
            }
            const line = part === 'failures' ? failureItem(object, several) : tableRow(part, object, several);
            const size = bytes(line) + 1;
            if (size > budget) {
                reason = reasons[1] ?? '';
                break fill;
            }
            budget -= size;
            rows++;
            listed[part].push(line);
            shown[object.outcome]++;
        }
    }
    const lines = [...head];
    if (listed.failures.length > 0)
        lines.push(...FAILURES_HEADING, ...listed.failures);
    lines.push(...countPart);
    if (totals.total === 0)
        lines.push('', '_DTS has not reported any objects yet._');
    for (const part of ['pending', 'running', 'finished']) {
        if (listed[part].length === 0)
            continue;
        const { before, after } = tableFrame(part, count(PARTS.find((p) => p.part === part)?.outcomes ?? []));
        lines.push(...before, ...tableHeader(part, several), ...listed[part], ...after);
    }
    const left = notShown(totals, shown);
    if (left.total > 0)
        lines.push('', leftOutLine(left, reason, !!input.reportFile));
    if (jobItems.leftOut > 0)
        lines.push('', jobsLeftOutLine(jobItems.leftOut, maxBytes));
    lines.push(...footer);
    return fit(lines, maxBytes);
}
/**
 * The items of the jobs that failed as a whole, in order, within `budget` bytes: first every job
 * with none of its failed checks (as many as fit, the rest left out), then what is left shared
 * out fairly, each job in turn taking as many of its checks as its share holds and passing on
 * what it does not use.
 */
function listJobFailures(failures, budget) {
    const size = (line) => bytes(line) + 1;
    const items = failures.map(({ f, ignored }) => failedJobItem(f, ignored));
    const bare = items.map((item) => size(item(0)));
    let kept = 0;
    for (let used = 0; kept < failures.length && used + bare[kept] <= budget; kept++)
        used += bare[kept];
    let spare = budget - bare.slice(0, kept).reduce((sum, n) => sum + n, 0);
    const lines = [];
    for (let i = 0; i < kept; i++) {
        const item = items[i];
        const allowance = bare[i] + Math.floor(spare / (kept - i));
        // The most checks that fit the allowance (none always does).
        let best = item(0);
        let low = 1;
        let high = Math.min(failures[i].f.items.length, MAX_ITEMS);
        while (low <= high) {
            const mid = Math.floor((low + high) / 2);
            const line = item(mid);
            if (size(line) <= allowance) {
                best = line;
                low = mid + 1;
            }
            else {
                high = mid - 1;
            }
        }
        spare -= size(best) - bare[i];
        lines.push(best);
    }
    return { lines, leftOut: failures.length - kept };
}
function jobsLeftOutLine(count, maxBytes) {
    return `_${plural(count, 'more failed job')} not listed here: the summary has to stay under ${formatBytes(maxBytes)}. Every one is in the report file._`;
}
function frameLines(kind, count, several) {
    const { before, after } = tableFrame(kind, count);
    return [...before, ...tableHeader(kind, several), ...after];
}
/** Heading, verdict sentence, the facts of the run, notes and unknown statuses. */
function renderHead(input, jobIds) {
    const { verdict } = input;
    const heading = HEADINGS[verdict.status] ?? HEADINGS.error;
    const title = (0,safe/* safeMarkdown */.fH)(input.title ?? DEFAULT_TITLE, 200);
    const lines = [`## ${heading.emoji} ${title} ${heading.words}`, '', (0,safe/* safeMarkdown */.fH)(verdictSentence(verdict), 2000), ''];
    const identities = verdict.snapshot?.identities;
    const named = jobIds.slice(0, MAX_JOBS_NAMED).map((id) => {
        const other = otherIdText(identities?.[id]);
        return `${(0,safe/* safeMarkdown */.fH)(id, WIDTH.job)}${other ? ` (${(0,safe/* safeMarkdown */.fH)(other, WIDTH.job + 9)})` : ''}`;
    });
    if (jobIds.length > MAX_JOBS_NAMED)
        named.push(`and ${formatThousands(jobIds.length - MAX_JOBS_NAMED)} more`);
    const facts = [
        `**${jobIds.length === 1 ? 'Job' : 'Jobs'}:** ${named.length > 0 ? named.join(', ') : '(none)'}`,
        `**Region:** ${(0,safe/* safeMarkdown */.fH)(input.region, 100) || '(none)'}`,
        `**Elapsed:** ${formatDuration(verdict.elapsedMs)}`,
        `**Polls:** ${formatThousands(verdict.polls)}`
    ];
    lines.push(facts.join(' · '));
    if (verdict.snapshot)
        lines.push(...jobLines(verdict.snapshot, jobIds), ...checkLines(verdict.snapshot, jobIds));
    const notes = verdictNotes(verdict);
    if (notes.length > 0) {
        lines.push('');
        for (const note of notes.slice(0, MAX_NOTES))
            lines.push(`- ${(0,safe/* safeMarkdown */.fH)(note, 500)}`);
        if (notes.length > MAX_NOTES)
            lines.push(`- … and ${plural(notes.length - MAX_NOTES, 'more note')}`);
    }
    const unknown = verdict.snapshot?.unknownStatuses ?? [];
    if (unknown.length > 0) {
        const listed = unknown.slice(0, 20).map((u) => (0,safe/* safeMarkdown */.fH)(u.status, 64) || '(empty)');
        if (unknown.length > 20)
            listed.push(`and ${formatThousands(unknown.length - 20)} more`);
        lines.push('', `⚠️ Statuses the gate does not know, counted as pending: ${listed.join(', ')}`);
    }
    return lines;
}
/** The report file by name, and on a runner how to keep it: the runner's temporary folder is gone when the job ends. */
function reportFileLines(path, onRunner) {
    const name = (0,safe/* safeMarkdown */.fH)(path.split(/[\\/]/).pop() ?? path, 200);
    const where = `Every object, with the verdict and the timings, is in the report file ${name} (output \`report-file\`).`;
    if (!onRunner)
        return ['', where];
    return [
        '',
        `${where} It is deleted with the runner when the job ends; to keep it, add a step that uploads it: ` +
            '`uses: actions/upload-artifact@v7` with `path: ${{ steps.<id>.outputs.report-file }}`, where `<id>` is the id of this step.'
    ];
}
/** The counts of the objects the page did not list. */
function notShown(all, shown) {
    const left = { total: 0, finished: 0, failed: 0, ignored: 0, pending: 0, running: 0 };
    for (const outcome of LEFT_OUT_ORDER) {
        left[outcome] = Math.max(0, all[outcome] - shown[outcome]);
        left.total += left[outcome];
    }
    return left;
}
function leftOutLine(left, reason, hasReportFile = true) {
    const parts = LEFT_OUT_ORDER.filter((o) => left[o] > 0).map((o) => `${formatThousands(left[o])} ${o}`);
    const because = reason ? `: ${reason}` : '';
    const where = hasReportFile ? ' Every object is in the report file.' : '';
    return `_${plural(left.total, 'more object')} ${left.total === 1 ? 'is' : 'are'} not listed here (${parts.join(', ')})${because}.${where}_`;
}

;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
;// CONCATENATED MODULE: ./src/report/reportFile.ts
/**
 * The JSON report under RUNNER_TEMP: every object of every job, the verdict and the timings.
 * The one place where nothing is cut, and where the API's values are kept raw (JSON escapes them).
 */





/** The error's code and request id; nothing else of it is kept. */
function errorFacts(verdict) {
    const { error } = verdict;
    const unreadable = verdict.snapshot?.jobJudgement.unreadable[0];
    if (!error && verdict.status === 'error' && unreadable)
        return { code: unreadable.code };
    if (!error || verdict.status !== 'error')
        return null;
    if (error instanceof errors/* DtsApiError */.Ou)
        return error.requestId ? { code: error.code, requestId: error.requestId } : { code: error.code };
    return { code: error.name };
}
function reportPath(env, startedAt) {
    const dir = env.RUNNER_TEMP || (0,external_node_os_namespaceObject.tmpdir)();
    const run = [env.GITHUB_RUN_ID, env.GITHUB_RUN_ATTEMPT, env.GITHUB_ACTION].filter(Boolean).join('-');
    return (0,external_node_path_.join)(dir, `dts-init-gate-${run ? `${run}-` : ''}${startedAt}-${process.pid}.json`);
}
/** Which task a job is: both its IDs, as the look-up before the first poll found them. */
function identityReport(identity) {
    if (!identity)
        return {};
    return {
        instanceId: identity.instanceId,
        taskId: identity.taskId ?? null,
        listed: identity.listed,
        fullDataCheck: identity.fullDataCheck ?? null
    };
}
/** What one job's job-status call (or job view) gave, as DTS wrote it. */
function jobReport(jobId, reading, identity) {
    const ids = { jobId, ...identityReport(identity) };
    if (reading?.kind === 'refused')
        return { ...ids, reading: 'refused', code: reading.code, message: reading.message };
    if (reading?.kind !== 'read')
        return { ...ids, reading: 'not-asked' };
    const { job } = reading;
    return {
        ...ids,
        reading: 'read',
        source: job.source === 'current' ? 'DescribeDtsJobs' : 'DescribeSynchronizationJobStatus',
        status: job.status,
        state: job.state,
        error: job.error,
        precheck: job.precheck ?? null,
        structure: job.structure ?? null,
        data: job.data ?? null,
        delayMs: job.delayMs ?? null,
        retry: job.retry ?? null,
        errorDetails: job.errorDetails ?? []
    };
}
/** Rows of full data copied, the rate and the time left; counts as decimal strings (they can pass 2^53). */
function progressReport(s) {
    const p = s.progress;
    return {
        entries: p.entries,
        finishedEntries: p.finishedEntries,
        copiedRows: String(p.copiedRows),
        totalRows: String(p.totalRows),
        percent: p.percent ?? null,
        rateRowsPerSecond: s.rate ?? null,
        etaSeconds: s.etaSeconds ?? null
    };
}
/** The full data verification of each job, and every table it found differing or failed (the ignored ones too). */
function dataCheckReport(checks) {
    if (!checks)
        return null;
    return {
        mode: checks.mode,
        jobs: checks.jobs.map((j) => ({
            jobId: j.jobId,
            standing: j.standing,
            verification: j.verification ?? null,
            tables: j.result?.tables ?? null,
            differing: j.result?.differing ?? null,
            failedChecks: j.result?.failedChecks ?? null,
            checkedRows: j.result?.checkedRows ?? null,
            listedEveryTableCounted: j.result?.complete ?? null,
            refusal: j.refusal ?? null
        })),
        failedVerifications: checks.failedChecks,
        failedTables: checks.failedTables,
        ignoredTables: checks.ignoredTables
    };
}
function reportOf(verdict, context) {
    const s = verdict.snapshot;
    return {
        status: verdict.status,
        message: verdictSentence(verdict),
        failed: verdict.fail,
        region: context.region,
        jobIds: context.jobIds,
        startedAt: new Date(context.startedAt).toISOString(),
        finishedAt: new Date(context.startedAt + verdict.elapsedMs).toISOString(),
        elapsedSeconds: Math.floor(verdict.elapsedMs / 1000),
        polls: verdict.polls,
        decidedBy: verdict.decidedBy ?? null,
        lastPollAtSeconds: s ? Math.floor(s.atMs / 1000) : null,
        counts: s?.counts ?? null,
        byJob: s?.byJob ?? null,
        unknownStatuses: s?.unknownStatuses ?? [],
        jobs: s ? context.jobIds.map((id) => jobReport(id, s.jobs[id], s.identities?.[id])) : [],
        failedJobs: s?.jobJudgement.failed ?? [],
        ignoredJobFailures: s?.jobJudgement.ignored ?? [],
        progress: s ? progressReport(s) : null,
        delay: s ? s.jobJudgement.delay : null,
        dataCheck: dataCheckReport(s?.dataCheck),
        notes: verdictNotes(verdict),
        error: errorFacts(verdict),
        objects: s?.objects ?? []
    };
}
function writeAll(fd, text) {
    const bytes = Buffer.from(text, 'utf8');
    for (let offset = 0; offset < bytes.length;)
        offset += (0,external_node_fs_.writeSync)(fd, bytes, offset);
}
/** Characters gathered before each write. */
const CHUNK_CHARS = 1 << 20;
/**
 * Writes {@link reportOf} as JSON: the head indented, then each object on a line of its own.
 * Written a chunk at a time, so that the report of 100,000 objects (tens of MB) never exists as
 * one string, and one Buffer copy of it, next to the objects themselves.
 */
function writeReport(path, verdict, context) {
    const { objects, ...head } = reportOf(verdict, context);
    const fd = (0,external_node_fs_.openSync)(path, 'w', 0o600);
    try {
        // The head without its closing "\n}", then the objects as its last field.
        let chunk = JSON.stringify(head, null, 1).slice(0, -2) + ',\n "objects": [';
        for (let i = 0; i < objects.length; i++) {
            chunk += (i === 0 ? '\n  ' : ',\n  ') + JSON.stringify(objects[i]);
            if (chunk.length >= CHUNK_CHARS) {
                writeAll(fd, chunk);
                chunk = '';
            }
        }
        writeAll(fd, chunk + (objects.length > 0 ? '\n ]\n}\n' : ']\n}\n'));
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}
/** The reporter that writes the report file to the path `pathOf` chooses, and tells the reporters after it where. */
function reportFileReporter(pathOf) {
    return {
        name: 'report file',
        end: (verdict, context) => {
            const path = pathOf(context);
            writeReport(path, verdict, {
                jobIds: context.inputs?.jobIds ?? [],
                region: context.inputs?.region ?? '',
                startedAt: context.startedAt
            });
            context.reportFile = path;
        }
    };
}

;// CONCATENATED MODULE: ./src/report/render/log.ts






/** Jobs shown one by one in a poll line; beyond that only the ones not settled are named. */
const MAX_JOBS_IN_LINE = 5;
/** Why a run uses its endpoint, after the endpoint in the first line. */
const ENDPOINT_WHY = {
    input: 'as given',
    'sdk-map': "the region's entry in the endpoint map of Alibaba Cloud's SDK",
    'regional-rule': "dts.<region>.aliyuncs.com, as Alibaba Cloud's SDK makes it for a region its endpoint map does not list"
};
/** The first line: what the action waits on, how long, where it asks, and whose credentials it uses. */
function waitingLine(wait, credentials) {
    const jobs = `DTS job${wait.jobIds.length > 1 ? 's' : ''} ${wait.jobIds.join(', ')}`;
    const delay = wait.maxDelayMs !== undefined ? `, until the replication delay is at most ${formatDelay(wait.maxDelayMs)}` : '';
    const why = wait.endpointSource !== undefined ? `, ${ENDPOINT_WHY[wait.endpointSource]}` : '';
    const endpoint = wait.endpoint !== undefined ? `; endpoint ${(0,safe/* safeLine */.om)(wait.endpoint, 200)}${why}` : '';
    return (`Waiting on ${jobs} in ${wait.region} (timeout ${formatDuration(wait.timeoutMs)}, ` +
        `poll every ${formatDuration(wait.pollIntervalMs)}${delay}${endpoint}; credentials from ${credentials}).`);
}
/** Lines of the look-up shown one by one; the rest are counted. */
const MAX_RESOLVED_LINES = 20;
/**
 * After the first line: which task each job is, as DescribeDtsJobs listed it, or that it did not
 * list it (the ID is then the instance ID, as given). Nothing when the look-up was refused: its
 * warning says so.
 */
function resolvedLines(identities, refused) {
    if (refused)
        return [];
    const lines = identities.slice(0, MAX_RESOLVED_LINES).map((job) => {
        const id = (0,safe/* safeLine */.om)(job.id, 64);
        if (!job.listed || job.taskId === undefined) {
            return (`  ${id}: not found among the synchronization tasks of the current API (DescribeDtsJobs); ` +
                'used as the instance ID, as given, with the legacy job-status call.');
        }
        return `  ${id}: synchronization task ${(0,safe/* safeLine */.om)(job.taskId, 64)} of instance ${(0,safe/* safeLine */.om)(job.instanceId, 64)}.`;
    });
    if (identities.length > MAX_RESOLVED_LINES)
        lines.push(`  and ${plural(identities.length - MAX_RESOLVED_LINES, 'more job')}.`);
    return lines;
}
function signalLine(signal) {
    return `${signal} received: stopping and reporting what was seen so far.`;
}
/** A call about to be retried, named by its label (`dtsabc page 3`, `dtsabc job status`). */
function retryLine(label, error, attempt, delayMs) {
    return `  ${(0,safe/* safeLine */.om)(label, 200)}: ${(0,safe/* safeLine */.om)(error.code, wire/* CODE_CHARS */.Kb)}, retry ${attempt} in ${delayMs} ms`;
}
function pollFailedLine(error, poll) {
    return `Poll ${poll} could not be completed: ${error.explain()}; polling again.`;
}
/** After a poll line: the jobs whose lists moved while the poll read them. */
function shiftedLines(snapshot) {
    return (snapshot.shiftedJobs ?? []).map((id) => `  ${id}: objects moved between pages while this poll read them; it cannot settle the run, polling again.`);
}
/**
 * One log line per poll, e.g.
 * `poll 3 · dtsabc123: structure 12/12 finished, constraint 3/4 (1 failed), data 10/12 (2 migrating), incremental 12 running, job initializing · 1 failed, 2 pending · rows 90,000 of 536,025 (16.7%), 90,000 rows/s, about 5s left`.
 * With more than five jobs, the first five that are not done are spelled out (those that failed
 * first), every other job that failed is named, and the rest are counted. The job's own state
 * closes its part, the rows of full data copied over all jobs close the line.
 */
function renderPollLine(snapshot) {
    const jobs = Object.keys(snapshot.byJob);
    const delays = new Map(snapshot.jobJudgement.delay.jobs.map((j) => [j.jobId, j.standing]));
    const describeJob = (id) => {
        const sections = snapshot.byJob[id]?.sections;
        const parts = sections ? types/* SECTIONS */.bP.filter((s) => sections[s].total > 0).map((s) => describeSection(s, sections[s])) : [];
        if (parts.length === 0)
            parts.push('no objects reported yet');
        const job = jobPollPart(snapshot.jobs[id], snapshot.jobJudgement.delay.required ? delays.get(id) : undefined);
        if (job)
            parts.push(job);
        const check = checkPollPart(snapshot.dataCheck, id);
        if (check)
            parts.push(check);
        return `${(0,safe/* safeLine */.om)(id, 64)}: ${parts.join(', ')}`;
    };
    const parts = [`poll ${snapshot.poll}`];
    if (jobs.length <= MAX_JOBS_IN_LINE) {
        parts.push(...jobs.map(describeJob));
    }
    else {
        const failedJobs = new Set(snapshot.jobJudgement.failed.map((f) => f.jobId));
        const failed = jobs.filter((id) => failedJobs.has(id) || (snapshot.byJob[id]?.counts.failed ?? 0) > 0);
        const open = [...failed, ...jobs.filter((id) => !snapshot.byJob[id]?.settled && !failed.includes(id))];
        const described = open.slice(0, MAX_JOBS_IN_LINE);
        parts.push(...described.map(describeJob));
        const alsoFailed = failed.filter((id) => !described.includes(id));
        if (alsoFailed.length > 0)
            parts.push(`also failed: ${alsoFailed.map((id) => (0,safe/* safeLine */.om)(id, 64)).join(', ')}`);
        const notDone = open.length - described.length - alsoFailed.length;
        if (notDone > 0)
            parts.push(`${plural(notDone, 'more job')} not done`);
        const done = jobs.length - open.length;
        if (done > 0)
            parts.push(`${plural(done, 'job')} with every object done`);
    }
    parts.push(countsPart(snapshot.counts, snapshot.silentJobs.length));
    const rows = progressPart(snapshot.progress, snapshot.rate, snapshot.etaSeconds);
    if (rows)
        parts.push(rows);
    return parts.join(' · ');
}
/**
 * What a poll saw over all jobs: `1 failed, 2 ignored, 3 pending`, `1 job with no objects
 * reported yet`, or `nothing pending`; `silentJobs` is how many jobs have listed nothing yet.
 */
function countsPart(c, silentJobs = 0) {
    const overall = [];
    if (c.failed > 0)
        overall.push(`${formatThousands(c.failed)} failed`);
    if (c.ignored > 0)
        overall.push(`${formatThousands(c.ignored)} ignored`);
    if (c.pending > 0)
        overall.push(`${formatThousands(c.pending)} pending`);
    // A job that has listed nothing is pending too: never "nothing pending" while one has not.
    if (silentJobs > 0)
        overall.push(`${plural(silentJobs, 'job')} with no objects reported yet`);
    if (c.pending === 0 && silentJobs === 0)
        overall.push('nothing pending');
    return overall.join(', ');
}
function describeSection(section, t) {
    const details = [];
    const add = (n, what) => {
        if (n > 0)
            details.push(`${formatThousands(n)} ${what}`);
    };
    if (section === 'incremental') {
        add(t.failed, 'failed');
        add(t.ignored, 'ignored');
        add(t.notStarted, 'not started');
        add(t.unknown, 'unknown status');
        add(t.finished, 'finished');
        return `incremental ${formatThousands(t.migrating)} running${details.length > 0 ? ` (${details.join(', ')})` : ''}`;
    }
    if (t.finished === t.total)
        return `${section} ${formatThousands(t.finished)}/${formatThousands(t.total)} finished`;
    add(t.failed, 'failed');
    add(t.ignored, 'ignored');
    add(t.migrating, 'migrating');
    add(t.notStarted, 'not started');
    add(t.unknown, 'unknown status');
    return `${section} ${formatThousands(t.finished)}/${formatThousands(t.total)} (${details.join(', ')})`;
}
/**
 * The job's part of the poll line, e.g. `job precheck 45%`, `job paused`, `job synchronizing,
 * delay 1.2s`, `job state not readable`; `''` when it was not asked. With `max-delay`, `standing`
 * says why a job has no delay to show (it does not replicate yet, or DTS gave none).
 */
function jobPollPart(reading, standing) {
    if (reading === undefined || reading.kind === 'not-asked')
        return '';
    if (reading.kind === 'refused')
        return 'job state not readable';
    const { job } = reading;
    const parts = [];
    if (job.state === 'Prechecking' && job.precheck?.percent !== undefined)
        parts.push(`precheck ${formatPercent(job.precheck.percent)}%`);
    else if (job.state === 'unknown')
        parts.push(`unknown state ${jobWords_statusWord(job.status)}`);
    else if (!(job.state === 'Retrying' && job.retry))
        parts.push(jobWords_STATE_WORDS[job.state]);
    if (job.retry)
        parts.push(retryPhrase(job.retry));
    if (job.delayMs !== undefined)
        parts.push(`delay ${formatDelay(job.delayMs)}`);
    else if (standing === 'not-replicating')
        parts.push(STANDING_WORDS[standing]);
    else if (standing === 'unknown')
        parts.push(`delay ${STANDING_WORDS[standing]}`);
    return `job ${parts.join(', ')}`;
}
/**
 * The progress part of the poll line, e.g. `rows 1,234,567 of 2,000,000 (61.7%), 12,345 rows/s,
 * about 1m 02s left`; `''` when there are no data entries.
 */
function progressPart(progress, rate, eta) {
    if (progress.percent === undefined)
        return '';
    const parts = [
        `rows ${formatThousands(progress.copiedRows)} of ${formatThousands(progress.totalRows)} (${formatPercent(progress.percent)}%)`
    ];
    // Once every entry is Finished the copy is over: its rate is history.
    if (rate !== undefined && progress.percent < 100)
        parts.push(formatRate(rate));
    if (eta !== undefined)
        parts.push(`about ${formatDuration(eta * 1000)} left`);
    return parts.join(', ');
}

;// CONCATENATED MODULE: ./src/report/logReporter.ts
/**
 * The log of a run while it waits, as lines: the first line, which task each job is, a line per poll (and the jobs whose
 * lists moved under it), each retry, each poll that could not be completed, a signal. The same
 * lines in the action's log and in the command line's plain log (a CI log, not a terminal).
 */

/** The reporter that writes the log's lines through `info`. */
function logReporter(info) {
    return {
        name: 'log',
        started: ({ inputs, credentials }) => info(waitingLine(inputs, credentials)),
        resolved: (identities, refused) => {
            for (const line of resolvedLines(identities, refused))
                info(line);
        },
        signal: (name) => info(signalLine(name)),
        retry: (...retry) => info(retryLine(...retry)),
        poll: (snapshot) => {
            info(renderPollLine(snapshot));
            for (const line of shiftedLines(snapshot))
                info(line);
        },
        pollFailed: (error, poll) => info(pollFailedLine(error, poll))
    };
}

// EXTERNAL MODULE: ./src/core/progress.ts
var core_progress = __nccwpck_require__(4664);
;// CONCATENATED MODULE: ./src/cli/jobRows.ts





const STATE_TONES = {
    PrecheckFailed: 'bad',
    InitializeFailed: 'bad',
    Failed: 'bad',
    Suspending: 'warn',
    unknown: 'warn',
    Synchronizing: 'good',
    Finished: 'good'
};
function stateCell(reading) {
    if (reading === undefined || reading.kind === 'not-asked')
        return { state: '', stateTone: 'plain' };
    if (reading.kind === 'refused')
        return { state: 'not readable', stateTone: 'warn' };
    const { job } = reading;
    const tone = STATE_TONES[job.state] ?? 'busy';
    if (job.state === 'Prechecking' && job.precheck?.percent !== undefined) {
        return { state: `precheck ${formatPercent(job.precheck.percent)}%`, stateTone: tone };
    }
    if (job.state === 'unknown')
        return { state: `unknown ${jobWords_statusWord(job.status)}`, stateTone: tone };
    return { state: jobWords_STATE_WORDS[job.state], stateTone: tone };
}
function objectsCell(counts) {
    const c = counts?.counts;
    if (!c || c.total === 0)
        return { objects: 'none yet', objectsTone: 'dim' };
    if (c.failed > 0) {
        return {
            objects: `${formatThousands(c.failed)} failed${c.pending > 0 ? `, ${formatThousands(c.pending)} pending` : ''}`,
            objectsTone: 'bad'
        };
    }
    if (c.pending > 0)
        return { objects: `${formatThousands(c.pending)} pending`, objectsTone: 'busy' };
    return { objects: 'done', objectsTone: 'good' };
}
function delayCell(check, jobId) {
    const job = check.jobs.find((j) => j.jobId === jobId);
    if (job?.delayMs === undefined)
        return {};
    const tone = !check.required ? 'plain' : job.standing === 'low' ? 'good' : 'warn';
    return { delay: formatDelay(job.delayMs), delayTone: tone };
}
function copyCells(progress, rate, eta) {
    if (progress.percent === undefined)
        return {};
    const cells = {
        percent: progress.percent,
        rows: `${formatThousands(progress.copiedRows)} / ${formatThousands(progress.totalRows)}`
    };
    // Once every entry is Finished the copy is over: its rate is history.
    // `12,345/s`: the column says it is a rate of rows.
    if (rate !== undefined && progress.percent < 100)
        cells.rate = formatRate(rate).replace(/ rows\/s$/, '/s');
    if (eta !== undefined)
        cells.left = formatDuration(eta * 1000);
    return cells;
}
/** The display's words for each poll, with the copy-rate samples of each job kept between polls. */
class JobRows {
    wait;
    samples = new Map();
    snapshot;
    rows;
    constructor(wait) {
        this.wait = wait;
        this.rows = wait.jobIds.map((id) => ({
            jobId: (0,safe/* safeLine */.om)(id, 64),
            state: '',
            stateTone: 'plain',
            objects: 'waiting',
            objectsTone: 'dim'
        }));
    }
    /** Takes a complete poll: each job's copy counted once, here. */
    poll(snapshot) {
        const counts = new Map(snapshot.jobIds.map((id) => [id, new core_progress/* ProgressCount */.rf()]));
        for (const object of snapshot.objects)
            if (object.section === 'data')
                counts.get(object.jobId)?.add(object);
        this.snapshot = snapshot;
        this.rows = snapshot.jobIds.map((jobId) => {
            const progress = counts.get(jobId).value();
            const samples = (0,core_progress/* addSample */.yl)(this.samples.get(jobId) ?? [], (0,core_progress/* sampleOf */.uV)(progress, snapshot.atMs));
            this.samples.set(jobId, samples);
            const rate = (0,core_progress/* copyRate */.U2)(samples);
            return {
                jobId: (0,safe/* safeLine */.om)(jobId, 64),
                ...stateCell(snapshot.jobs[jobId]),
                ...objectsCell(snapshot.byJob[jobId]),
                ...copyCells(progress, rate, (0,core_progress/* etaSeconds */.oD)(progress, rate)),
                ...delayCell(snapshot.jobJudgement.delay, jobId),
                verification: ''
            };
        });
    }
    /** The display at `elapsedMs` into the run. */
    model(elapsedMs) {
        // Whole seconds: milliseconds would flicker at every redraw.
        const time = `${formatDuration(Math.floor(elapsedMs / 1000) * 1000)} of ${formatDuration(this.wait.timeoutMs)}`;
        const delay = this.wait.maxDelayMs !== undefined ? ` · max-delay ${formatDelay(this.wait.maxDelayMs)}` : '';
        const s = this.snapshot;
        // The counts first: a narrow terminal cuts the end of the line.
        const head = s
            ? `poll ${s.poll} · ${countsPart(s.counts, s.silentJobs.length)} · ${time}${delay}`
            : `waiting for the first poll · ${time}${delay}`;
        return { head, jobs: this.rows };
    }
}

;// CONCATENATED MODULE: ./src/cli/layout.ts
/**
 * The live display's lines: a head line, then a table with one row per job (its state, its
 * objects, the copy's bar and percentage, rows, rate, time left, delay, verification), fitted to
 * the terminal's width. Columns are dropped, least needed first, until the table fits; then the
 * bar takes the room that is left, and a line still too wide (a long job id on a narrow
 * terminal) is cut. Every cell is measured in columns (src/cli/width.ts) before it is coloured,
 * so colour never changes a width. Pure functions, no I/O.
 */

const layout_COLUMNS = [
    { key: 'jobId', title: 'JOB', align: 'end' },
    { key: 'state', title: 'STATE', align: 'end' },
    { key: 'objects', title: 'OBJECTS', align: 'end' },
    { key: 'copy', title: 'COPY', align: 'end' },
    { key: 'rows', title: 'ROWS', align: 'start' },
    { key: 'rate', title: 'RATE', align: 'start' },
    { key: 'left', title: 'LEFT', align: 'start' },
    { key: 'delay', title: 'DELAY', align: 'start' },
    { key: 'verification', title: 'VERIFY', align: 'end' }
];
/** Dropped in this order while the table is too wide; the job, its state and the copy stay. */
const DROP_ORDER = ['verification', 'rate', 'rows', 'left', 'objects', 'delay'];
const GAP = '  ';
const BAR_MIN = 8;
const BAR_MAX = 30;
/** ` 100%`, ` 52.3%`: the percentage after the bar. */
const PERCENT_COLUMNS = 6;
function percentText(percent) {
    if (percent === undefined)
        return '';
    return `${Math.floor(percent * 10) / 10}%`;
}
function barText(percent, columns, style) {
    if (percent === undefined || columns <= 0)
        return { full: '', empty: ' '.repeat(Math.max(0, columns)) };
    // Full only at 100: a bar that looks done must be done.
    const filled = percent >= 100 ? columns : Math.min(columns - 1, Math.floor((percent / 100) * columns));
    return { full: style.bar.full.repeat(filled), empty: style.bar.empty.repeat(columns - filled) };
}
/** The text of a cell other than the copy's. */
function cell(row, key) {
    return row[key] ?? '';
}
function toneOf(row, key) {
    if (key === 'state')
        return row.stateTone;
    if (key === 'objects')
        return row.objectsTone;
    if (key === 'delay')
        return row.delayTone ?? 'plain';
    return 'plain';
}
/**
 * The lines of the display, none wider than `columns` (a terminal's width less the last column,
 * which the caller keeps free so that no line wraps).
 */
function layout(model, columns, style) {
    const width = Math.max(1, Math.floor(columns));
    const lines = [cutToWidth(model.head, width)];
    if (model.jobs.length === 0)
        return lines;
    const natural = (key) => {
        if (key === 'copy')
            return BAR_MIN + 1 + PERCENT_COLUMNS;
        return Math.max(displayWidth(layout_COLUMNS.find((c) => c.key === key).title), ...model.jobs.map((row) => displayWidth(cell(row, key))));
    };
    let shown = [...layout_COLUMNS];
    const widths = new Map(layout_COLUMNS.map((c) => [c.key, natural(c.key)]));
    const total = () => shown.reduce((sum, c) => sum + widths.get(c.key), 0) + GAP.length * (shown.length - 1);
    for (const key of DROP_ORDER) {
        if (total() <= width)
            break;
        shown = shown.filter((c) => c.key !== key);
    }
    // The bar takes what is left, within its bounds; the job column gives way last.
    const bar = Math.max(BAR_MIN, Math.min(BAR_MAX, BAR_MIN + width - total()));
    widths.set('copy', bar + 1 + PERCENT_COLUMNS);
    const over = total() - width;
    if (over > 0)
        widths.set('jobId', Math.max(3, widths.get('jobId') - over));
    const header = shown.map((c) => fitToWidth(c.title, widths.get(c.key), c.align)).join(GAP);
    lines.push(style.paint(cutToWidth(header.trimEnd(), width), 'dim'));
    for (const row of model.jobs) {
        const cells = shown.map((c) => {
            const w = widths.get(c.key);
            if (c.key !== 'copy')
                return style.paint(fitToWidth(cell(row, c.key), w, c.align), toneOf(row, c.key));
            const { full, empty } = barText(row.percent, bar, style);
            const percent = fitToWidth(percentText(row.percent), PERCENT_COLUMNS, 'start');
            return (style.paint(full, row.percent !== undefined && row.percent >= 100 ? 'good' : 'busy') + style.paint(empty, 'dim') + ' ' + percent);
        });
        lines.push(fitLine(cells, width));
    }
    return lines;
}
/**
 * The cells joined, trailing blanks dropped. The widths were fitted to `width`, so the line is
 * cut only when the job column could not give way enough (a terminal narrower than its state).
 */
function fitLine(cells, width) {
    const line = cells.join(GAP).trimEnd();
    return visibleWidth(line) <= width ? line : cutToWidth(stripStyle(line), width);
}
/** The escape sequences of colour (`ESC [ ... m`), the only ones a painted cell holds. */
// eslint-disable-next-line no-control-regex -- matching the escape sequences of colour is its job
const layout_SGR = /\x1b\[[0-9;]*m/g;
function stripStyle(text) {
    return text.replace(layout_SGR, '');
}
function visibleWidth(text) {
    return displayWidth(stripStyle(text));
}

;// CONCATENATED MODULE: ./src/cli/display.ts





/** Between polls the block is redrawn this often, so that the elapsed time moves. */
const TICK_MS = 1000;
/** A warning of the job rules, which the action gives as an annotation, as a line of the log. */
function warningLine(warning) {
    const { title, message } = jobWarningText(warning);
    return `warning: ${title}: ${message}`;
}
/** The action's log lines, and the warnings the action gives as annotations: for a CI log. */
function plainLog(output) {
    return { ...logReporter((line) => output.say(line)), warning: (warning) => output.say(warningLine(warning)) };
}
/** The live display, for a terminal. */
function liveDisplay(output, inputs, clock) {
    const lines = logReporter((line) => output.say(line));
    const rows = inputs &&
        new JobRows({
            jobIds: inputs.jobIds,
            timeoutMs: inputs.timeoutMs,
            ...(inputs.maxDelayMs !== undefined && { maxDelayMs: inputs.maxDelayMs })
        });
    const style = {
        paint: (text, tone) => output.paint(text, tone),
        bar: output.unicode ? { full: '█', empty: '░' } : { full: '#', empty: '-' }
    };
    const startedAt = clock.now();
    let ticker;
    // The last column stays free: a line that fills it makes some terminals wrap.
    const draw = (elapsedMs = clock.now() - startedAt) => {
        if (rows)
            output.draw(layout(rows.model(elapsedMs), output.columns() - 1, style));
    };
    return {
        ...lines,
        name: 'terminal display',
        started: (facts) => {
            lines.started?.(facts);
            draw();
            ticker = setInterval(() => draw(), TICK_MS);
            // The ticker never keeps the process alive on its own.
            ticker.unref();
        },
        poll: (snapshot) => {
            rows?.poll(snapshot);
            for (const line of shiftedLines(snapshot))
                output.say(line, 'warn');
            draw();
        },
        warning: (warning) => output.say(warningLine(warning), 'warn'),
        end: (verdict) => {
            if (ticker)
                clearInterval(ticker);
            if (ticker)
                draw(verdict.elapsedMs);
            output.freeze();
        }
    };
}

;// CONCATENATED MODULE: ./src/cli/reporters.ts
/**
 * The command line's reporters, in the order they run at the end: what a person watches (the
 * live display on a terminal, else the plain log lines of the action, as a CI log shows them),
 * the report file, the summary file (`--summary-file`: the job summary the action writes), the
 * outputs as JSON on stdout (`--json`), and last the verdict in words with what failed. None of
 * GitHub's reporters is here: no workflow command, no step output, no step summary, no comment.
 */








function summaryFile(path, output) {
    return {
        name: 'summary file',
        end: (verdict, { inputs, reportFile }) => {
            const summary = renderSummary({ verdict, region: inputs?.region ?? '', jobIds: inputs?.jobIds ?? [], reportFile });
            (0,external_node_fs_.writeFileSync)(path, output.redacted(summary));
        }
    };
}
/**
 * JSON that shows the same on any terminal and any CI log: every character outside printable
 * ASCII escaped (`\u200b`), and no `#[` (which GitHub's runner reads as a command anywhere in a
 * line, when the command line runs in a workflow). A JSON parser reads back the same values.
 */
function terminalSafeJson(json) {
    return json.replace(/[^\x20-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).replace(/#\[/g, '\\u0023[');
}
function jsonOutputs(output) {
    return {
        name: 'JSON outputs',
        end: (verdict, { inputs, reportFile }) => {
            const outputs = outputsOf(verdict, reportFile, inputs?.jobIds ?? []);
            output.data(terminalSafeJson(output.redacted(JSON.stringify(outputs))) + '\n');
        }
    };
}
function verdictTone(verdict) {
    if (verdict.status === 'finished')
        return 'good';
    return verdict.fail ? 'bad' : 'warn';
}
/** The end in words, as the job summary says it: the verdict, what failed or is still pending, the notes, where the files are. */
function verdictWords(output, options) {
    return {
        name: 'verdict',
        end: (verdict, { reportFile }) => {
            const sentence = verdictSentence(verdict);
            output.say(sentence, verdictTone(verdict));
            if (verdict.status === 'failed' || verdict.status === 'timeout') {
                const message = renderFailureMessage(verdict);
                if (message !== sentence)
                    output.say(message);
            }
            for (const note of verdictNotes(verdict))
                output.say(note);
            for (const [kind, count] of Object.entries(verdict.warningsLeftOut ?? {})) {
                output.say(`warning: ${leftOutWarningText(kind, count).message}`, 'warn');
            }
            for (const { message } of unknownStatusWarnings(verdict.snapshot?.unknownStatuses ?? []))
                output.say(`warning: ${message}`, 'warn');
            if (reportFile !== '')
                output.say(`Report file: ${reportFile}`, 'dim');
            if (options.summaryFile !== undefined)
                output.say(`Summary: ${options.summaryFile}`, 'dim');
        }
    };
}
/** The reporters of one run; `inputs` undefined when they were refused. */
function commandLineReporters(inputs, options, output, env, clock) {
    return [
        output.live ? liveDisplay(output, inputs, clock) : plainLog(output),
        reportFileReporter(({ startedAt }) => options.reportFile ?? reportPath(env, startedAt)),
        ...(options.summaryFile !== undefined ? [summaryFile(options.summaryFile, output)] : []),
        ...(options.json ? [jsonOutputs(output)] : []),
        verdictWords(output, options)
    ];
}

;// CONCATENATED MODULE: ./src/cli/door.ts
/**
 * The command line's front door: the inputs from its flags (src/cli/command.ts), credentials
 * from the environment (the same chain as the action's) or an OIDC token where the CI gives
 * one, its reporters (no GitHub reporter among them), and an exit code that says how the run
 * ended.
 */





/**
 * Secrets the environment may hold, removed from everything printed before the credential chain
 * has even read them (it names them again as it takes them).
 */
const SECRET_VARIABLES = [
    'ALIBABA_CLOUD_ACCESS_KEY_SECRET',
    'ALIBABA_CLOUD_SECURITY_TOKEN',
    'ALICLOUD_SECRET_KEY',
    'ALICLOUD_SECURITY_TOKEN',
    'ACTIONS_ID_TOKEN_REQUEST_TOKEN'
];
function commandLineDoor(command, proc) {
    const { env } = proc;
    const output = new CliOutput(proc, env, command.options.json);
    for (const secret of command.secrets)
        output.addSecret(secret);
    for (const name of SECRET_VARIABLES)
        output.addSecret((env[name] ?? '').trim());
    return {
        clock: time/* systemClock */.ml,
        env,
        inputs: () => {
            if (command.refused)
                throw command.refused;
            return readInputs((name) => command.values[name] ?? '', env);
        },
        credentialDeps: {
            getIDToken: async (audience) => {
                const { idTokenSource } = await __nccwpck_require__.e(/* import() */ 784).then(__nccwpck_require__.bind(__nccwpck_require__, 4784));
                return idTokenSource(env)(audience);
            },
            setSecret: (value) => output.addSecret(value)
        },
        reporters: (inputs) => commandLineReporters(inputs, command.options, output, env, time/* systemClock */.ml),
        warn: (message) => output.say(`warning: ${message}`, 'warn'),
        exitCode: exitCodes/* exitCodeOf */.F
    };
}


/***/ }),

/***/ 6160:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ exitCodeOf),
/* harmony export */   a: () => (/* binding */ EXIT_CODES)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3916);

const EXIT_CODES = [
    { code: 0, meaning: 'finished (also a timeout with --fail-on-timeout false)' },
    { code: 1, meaning: 'failed: an object or a job failed' },
    { code: 2, meaning: 'timed out: objects still pending, or the delay above --max-delay' },
    { code: 3, meaning: 'error: bad input, no usable credentials, or DTS could not be read' },
    { code: 130, meaning: 'cancelled by SIGINT (Ctrl-C)' },
    { code: 143, meaning: 'cancelled by SIGTERM' }
];
function exitCodeOf(verdict) {
    switch (verdict.status) {
        case 'finished':
            return 0;
        case 'failed':
            return 1;
        case 'timeout':
            return verdict.fail ? 2 : 0;
        case 'error':
            return 3;
        case 'cancelled':
            return verdict.error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .CancelledError */ .cc && verdict.error.signal === 'SIGTERM' ? 143 : 130;
    }
}


/***/ }),

/***/ 8825:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  BK: () => (/* binding */ helpText),
  KA: () => (/* binding */ versionText)
});

// UNUSED EXPORTS: plainText

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
;// CONCATENATED MODULE: external "node:url"
const external_node_url_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");
// EXTERNAL MODULE: ./src/config/table.ts + 1 modules
var table = __nccwpck_require__(444);
// EXTERNAL MODULE: ./src/cli/command.ts + 1 modules
var command = __nccwpck_require__(302);
// EXTERNAL MODULE: ./src/cli/exitCodes.ts
var exitCodes = __nccwpck_require__(6160);
;// CONCATENATED MODULE: ./src/cli/help.ts
/**
 * `--help`, made from the table of inputs (src/config/table.ts): each `flag` row with its default
 * and its meaning (the table's Markdown read as plain text, in its command-line words where the
 * action's speak of the step), the command line's own options, where credentials come from, and
 * the exit codes; and `--version`, from the package.
 */






const WIDTH = 80;
const INDENT = 4;
/** The table's Markdown as plain text: code spans without their backticks. */
function plainText(markdown) {
    return markdown.replace(/`([^`]*)`/g, '$1');
}
/** `text` in lines of at most `WIDTH` columns, each after `indent` spaces (a word longer than a line stays whole). */
function wrap(text, indent) {
    const lines = [];
    let line = '';
    for (const word of text.split(/\s+/).filter(Boolean)) {
        if (line !== '' && indent + line.length + 1 + word.length > WIDTH) {
            lines.push(' '.repeat(indent) + line);
            line = word;
        }
        else
            line = line === '' ? word : `${line} ${word}`;
    }
    if (line !== '')
        lines.push(' '.repeat(indent) + line);
    return lines;
}
function rowsOf(kind) {
    return table/* INPUT_NAMES */.Qh.filter((name) => table/* INPUTS */.mc[name].commandLine === kind);
}
function flagHelp(name) {
    const row = table/* INPUTS */.mc[name];
    const shownValue = plainText((0,table/* shownDefault */.rG)(row));
    const facts = [row.required ? 'required' : `default: ${shownValue || 'none'}`, ...(command/* REPEATABLE */.U.has(name) ? ['repeatable'] : [])];
    const head = `  --${name} VALUE`;
    const short = `${head}  (${facts.join('; ')})`;
    // A default that is a chain of variables gets a line of its own.
    const lines = short.length <= WIDTH ? [short] : [head, ...wrap(`${facts.join('; ')}.`.replace(/^default/, 'Default'), INDENT)];
    return [...lines, ...wrap(plainText(row.commandLineDescription ?? row.description), INDENT)];
}
/** Where the credentials come from: each credential row's chain, as the table says it. */
function credentialHelp() {
    const chains = rowsOf('credential').map((name) => `${name}: ${plainText((0,table/* shownDefault */.rG)(table/* INPUTS */.mc[name]))}.`);
    return [
        ...wrap('Credentials are never flags (a secret on a command line stays in the shell history and the process list): they come from the environment.', 2),
        ...chains.flatMap((chain) => wrap(chain, INDENT)),
        ...wrap("Or --role-to-assume with --oidc-provider-arn, where the CI gives an OIDC token (GitHub Actions: a job with 'permissions: id-token: write').", 2)
    ];
}
function helpText() {
    const lines = [
        'Usage: dts-init-gate --job-id ID [--job-id ID ...] [flags]',
        '  e.g. dts-init-gate --job-id dtsi76118o3w92 --region cn-hangzhou --timeout 45m',
        '',
        ...wrap('Waits until the initial synchronization of Alibaba Cloud DTS jobs is done, shows it, and exits with a code that says how it ended. The same gate as the GitHub Action dts-init-gate, with the same inputs as flags.', 0),
        '',
        'Flags (the inputs of the action):',
        ...rowsOf('flag').flatMap(flagHelp),
        '',
        'Output:',
        '  --summary-file PATH',
        ...wrap('Write the job summary (markdown, as the action writes it) to PATH.', INDENT),
        '  --report-file PATH',
        ...wrap('Write the JSON report of every object to PATH (default: a new file in the temporary folder).', INDENT),
        '  --json',
        ...wrap("Print the action's outputs as one JSON object on stdout; the log then goes to stderr.", INDENT),
        '  --help, -h',
        '  --version',
        '',
        ...credentialHelp(),
        ...wrap(`Not flags, since they mean something only in a GitHub Actions workflow: ${rowsOf('github-only').join(', ')}.`, 2),
        '',
        'Exit codes:',
        ...exitCodes/* EXIT_CODES */.a.map(({ code, meaning }) => `  ${String(code).padStart(3)}  ${meaning}`),
        '',
        'Colour only on a terminal, never with NO_COLOR set.'
    ];
    return lines.join('\n') + '\n';
}
/** The package's version, from its package.json (two folders up, from src/cli/ and from dist/cli/ alike). */
function versionText() {
    const file = (0,external_node_path_.join)((0,external_node_path_.dirname)((0,external_node_url_namespaceObject.fileURLToPath)(import.meta.url)), '..', '..', 'package.json');
    const { version } = JSON.parse((0,external_node_fs_.readFileSync)(file, 'utf8'));
    return `dts-init-gate ${version}\n`;
}


/***/ }),

/***/ 5657:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Dl: () => (/* binding */ endpointOfRegion),
  Bk: () => (/* binding */ parseEndpoint)
});

// UNUSED EXPORTS: isLoopback

// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(3916);
;// CONCATENATED MODULE: ./src/config/dts-endpoints.json
const dts_endpoints_namespaceObject = /*#__PURE__*/JSON.parse('{"vZ":{"cn-qingdao":"dts.aliyuncs.com","cn-beijing":"dts.aliyuncs.com","cn-zhangjiakou":"dts.aliyuncs.com","cn-huhehaote":"dts.aliyuncs.com","cn-hangzhou":"dts.aliyuncs.com","cn-shanghai":"dts.aliyuncs.com","cn-shenzhen":"dts.aliyuncs.com","cn-hongkong":"dts.aliyuncs.com","ap-southeast-1":"dts.aliyuncs.com","ap-southeast-2":"dts.aliyuncs.com","ap-southeast-3":"dts.aliyuncs.com","ap-southeast-5":"dts.aliyuncs.com","eu-west-1":"dts.aliyuncs.com","us-west-1":"dts.aliyuncs.com","us-east-1":"dts.aliyuncs.com","eu-central-1":"dts.aliyuncs.com","me-east-1":"dts.aliyuncs.com","ap-south-1":"dts.aliyuncs.com","cn-hangzhou-finance":"dts.aliyuncs.com","cn-shanghai-finance-1":"dts.aliyuncs.com","cn-shenzhen-finance-1":"dts.aliyuncs.com","cn-north-2-gov-1":"dts.aliyuncs.com","ap-northeast-2-pop":"dts.aliyuncs.com","cn-beijing-finance-1":"dts.aliyuncs.com","cn-beijing-finance-pop":"dts.aliyuncs.com","cn-beijing-gov-1":"dts.aliyuncs.com","cn-beijing-nu16-b01":"dts.aliyuncs.com","cn-chengdu":"dts.aliyuncs.com","cn-edge-1":"dts.aliyuncs.com","cn-fujian":"dts.aliyuncs.com","cn-haidian-cm12-c01":"dts.aliyuncs.com","cn-hangzhou-bj-b01":"dts.aliyuncs.com","cn-hangzhou-internal-prod-1":"dts.aliyuncs.com","cn-hangzhou-internal-test-1":"dts.aliyuncs.com","cn-hangzhou-internal-test-2":"dts.aliyuncs.com","cn-hangzhou-internal-test-3":"dts.aliyuncs.com","cn-hangzhou-test-306":"dts.aliyuncs.com","cn-hongkong-finance-pop":"dts.aliyuncs.com","cn-huhehaote-nebula-1":"dts.aliyuncs.com","cn-qingdao-nebula":"dts.aliyuncs.com","cn-shanghai-et15-b01":"dts.aliyuncs.com","cn-shanghai-et2-b01":"dts.aliyuncs.com","cn-shanghai-inner":"dts.aliyuncs.com","cn-shanghai-internal-test-1":"dts.aliyuncs.com","cn-shenzhen-inner":"dts.aliyuncs.com","cn-shenzhen-st4-d01":"dts.aliyuncs.com","cn-shenzhen-su18-b01":"dts.aliyuncs.com","cn-wuhan":"dts.aliyuncs.com","cn-wulanchabu":"dts.aliyuncs.com","cn-yushanfang":"dts.aliyuncs.com","cn-zhangbei-na61-b01":"dts.aliyuncs.com","cn-zhangjiakou-na62-a01":"dts.aliyuncs.com","cn-zhengzhou-nebula-1":"dts.aliyuncs.com","eu-west-1-oxs":"dts.aliyuncs.com","rus-west-1-pop":"dts.aliyuncs.com","ap-northeast-1":"dts.ap-northeast-1.aliyuncs.com","ap-northeast-2":"dts.ap-northeast-2.aliyuncs.com","ap-southeast-6":"dts.ap-southeast-6.aliyuncs.com","ap-southeast-7":"dts.ap-southeast-7.aliyuncs.com","cn-guangzhou":"dts.cn-guangzhou.aliyuncs.com","cn-heyuan":"dts.cn-heyuan.aliyuncs.com","cn-wuhan-lr":"dts.cn-wuhan-lr.aliyuncs.com","cn-zhengzhou-jva":"dts.cn-zhengzhou-jva.aliyuncs.com","me-central-1":"dts.me-central-1.aliyuncs.com"}}');
;// CONCATENATED MODULE: ./src/config/endpoint.ts
/**
 * The DTS endpoint: validating one that is given, and choosing one from the region the way
 * Alibaba Cloud's own SDKs do when none is.
 */


/** The SDK's map from region to host, kept as data beside this module (see its `source`). */
const SDK_ENDPOINTS = dts_endpoints_namespaceObject.vZ;
/** Whether a URL's host name (as the URL parser gives it) is this machine: the only host plain http:// may reach. */
function isLoopback(hostname) {
    const host = hostname.toLowerCase();
    if (host === 'localhost' || host === '[::1]')
        return true;
    // The URL parser has already normalised IPv4 forms such as `127.1` to dotted quads.
    return /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}
/**
 * Validates an API endpoint: `https://host[:port][/path]`, or `http://` only for a loopback host;
 * no user info, query or fragment. A bare host name (`dts.cn-hangzhou.aliyuncs.com`) is taken as
 * https. Returns the endpoint without a trailing slash.
 */
function parseEndpoint(text, input) {
    const value = text.trim();
    const form = `${input} must be an https:// URL (http:// only for localhost/127.0.0.1/[::1]) without credentials, query or fragment`;
    const fail = (why = '') => new errors/* InputError */.dz(input, `${form}${why}; got ${(0,errors/* refusedValue */.u6)(text)}`);
    if (value === '' || /\s/.test(value))
        throw fail();
    const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(value) ? value : `https://${value}`;
    let url;
    try {
        url = new URL(withScheme);
    }
    catch {
        throw fail();
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:')
        throw fail();
    if (url.hostname === '')
        throw fail();
    if (url.protocol === 'http:' && !isLoopback(url.hostname)) {
        throw fail(' (plain http:// would send signed requests unencrypted)');
    }
    if (url.username !== '' || url.password !== '' || /^[a-z][a-z0-9+.-]*:\/\/[^/]*@/i.test(withScheme)) {
        throw fail(' (credentials are read from their own inputs, never from the URL)');
    }
    if (withScheme.includes('?') || withScheme.includes('#'))
        throw fail();
    const path = url.pathname.replace(/\/+$/, '');
    return `${url.protocol}//${url.host}${path}`;
}
/**
 * The endpoint of a region, as the SDKs choose it without an explicit one: the region's entry in
 * the SDK's map, else the regional rule `dts.<region>.aliyuncs.com`. `region` is a validated
 * region ID; a name such as `constructor` is no entry of the map (own entries only).
 */
function endpointOfRegion(region) {
    const host = Object.hasOwn(SDK_ENDPOINTS, region) ? SDK_ENDPOINTS[region] : undefined;
    if (host !== undefined)
        return { endpoint: `https://${host}`, source: 'sdk-map' };
    return { endpoint: `https://dts.${region}.aliyuncs.com`, source: 'regional-rule' };
}


/***/ }),

/***/ 444:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  ec: () => (/* binding */ FALLBACK_REGION),
  mc: () => (/* binding */ INPUTS),
  Qh: () => (/* binding */ INPUT_NAMES),
  vw: () => (/* binding */ REGION_VARIABLES),
  rG: () => (/* binding */ shownDefault),
  us: () => (/* binding */ standIn)
});

// UNUSED EXPORTS: actionDescription

// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(3916);
;// CONCATENATED MODULE: ./src/config/duration.ts

/** The longest duration any input accepts. */
const MAX_DURATION_MS = 7 * 24 * 60 * 60 * 1000;
const UNIT_MS = {
    ms: 1,
    s: 1000,
    m: 60 * 1000,
    h: 60 * 60 * 1000,
    d: 24 * 60 * 60 * 1000
};
/** A number with an optional fraction; no sign, no exponent, no second dot. */
const NUMBER = String.raw `\d+(?:\.\d+)?`;
const PLAIN_SECONDS = new RegExp(`^${NUMBER}$`);
/** One `<number><unit>` component, optionally followed by blanks. */
const COMPONENT = new RegExp(`(${NUMBER})[ \\t]*(ms|s|m|h|d)(?![a-z])[ \\t]*`, 'iy');
/**
 * Parses a duration such as `90s`, `45m`, `2h`, `1h30m`, `1h 30m`, `500ms`, or a plain number
 * of seconds (`120`, `0`), units case-insensitive, and returns whole milliseconds.
 *
 * @param text  the value as written (surrounding blanks are ignored)
 * @param input the input's name, used in the error message
 * @throws InputError when `text` is not such a duration or is longer than 7 days
 */
function parseDuration(text, input) {
    const value = text.trim();
    const invalid = (extra = '') => new errors/* InputError */.dz(input, `${input} must be a duration such as 30s, 5m, 1h30m or a number of seconds${extra}; got ${(0,errors/* refusedValue */.u6)(text)}`);
    let ms;
    if (PLAIN_SECONDS.test(value)) {
        ms = Number(value) * 1000;
    }
    else {
        if (value === '')
            throw invalid();
        ms = 0;
        COMPONENT.lastIndex = 0;
        while (COMPONENT.lastIndex < value.length) {
            const at = COMPONENT.lastIndex;
            const match = COMPONENT.exec(value);
            if (match === null || match.index !== at)
                throw invalid();
            const [, amount = '', unit = ''] = match;
            const factor = UNIT_MS[unit.toLowerCase()];
            if (factor === undefined)
                throw invalid();
            ms += Number(amount) * factor;
        }
    }
    if (!Number.isFinite(ms) || ms < 0)
        throw invalid();
    if (ms > MAX_DURATION_MS)
        throw invalid(', at most 7 days');
    return Math.round(ms);
}
/**
 * A duration as {@link parseDuration} reads it that also falls within `range`.
 *
 * @throws InputError when `text` is no duration, or one outside the range
 */
function parseDurationWithin(text, input, range) {
    const ms = parseDuration(text, input);
    if (ms < range.minMs || ms > range.maxMs) {
        throw new errors/* InputError */.dz(input, `${input} must be a duration ${range.said}; got ${(0,errors/* refusedValue */.u6)(text)}`);
    }
    return ms;
}

// EXTERNAL MODULE: ./src/config/endpoint.ts + 1 modules
var endpoint = __nccwpck_require__(5657);
// EXTERNAL MODULE: ./src/config/values.ts
var values = __nccwpck_require__(3750);
;// CONCATENATED MODULE: ./src/config/table.ts
/**
 * Every input of the action, one row each: the words that describe it, its default, how the
 * command line takes it, and the parser of its value. action.yml, the README's table of inputs
 * and the command line's `--help` say what these rows say (a unit test holds them to it).
 * Rules that join several inputs are not here: they follow the rows, in inputs.ts.
 */



/** The variables a region is taken from when the input is empty, in order, and the last resort. */
const REGION_VARIABLES = ['ALIBABA_CLOUD_REGION_ID', 'ALICLOUD_REGION'];
const FALLBACK_REGION = 'cn-hangzhou';
const POLL_INTERVAL = { minMs: 1, maxMs: Infinity, said: 'greater than zero such as 30s, 5m, 1h30m or a number of seconds' };
const REQUEST_TIMEOUT = { minMs: 100, maxMs: 5 * 60 * 1000, said: 'from 100ms to 5m such as 10s' };
/** What `ignore` takes, in the words of the action and of the command line alike. */
const IGNORE_PATTERNS = 'Glob patterns (commas/newlines) matched against `database.object` of the source: `*` any run of characters (dots included), `?` one character, case-sensitive.';
/** The inputs in the order action.yml lists them; they are read, and refused, in this order. */
const INPUTS = {
    'job-id': {
        description: 'One or more synchronization jobs, each by its task ID (`DtsJobId`) or its instance ID (`dts…`), separated by commas and/or newlines.',
        required: true,
        commandLine: 'flag',
        field: 'jobIds',
        parse: values/* parseJobIds */.nI
    },
    region: {
        description: 'Region of the jobs, sent as `RegionId`; without `endpoint`, it also chooses the endpoint.',
        default: '',
        defaultText: `env ${REGION_VARIABLES.map((name) => `\`${name}\``).join(', then ')}, then \`${FALLBACK_REGION}\``,
        commandLine: 'flag',
        parse: (0,values/* unlessEmpty */.A5)((text) => (0,values/* parseRegion */.cf)(text, 'region'))
    },
    endpoint: {
        description: 'DTS API endpoint. `http://` is refused unless the host is loopback (for local testing); the same holds for `sts-endpoint`.',
        default: '',
        defaultText: "from `region`, as Alibaba Cloud's SDKs choose it: the official SDK's endpoint map, else `dts.<region>.aliyuncs.com`",
        commandLine: 'flag',
        parse: (0,values/* unlessEmpty */.A5)(endpoint/* parseEndpoint */.Bk)
    },
    'access-key-id': {
        description: 'AccessKey ID.',
        default: '',
        defaultText: 'env `ALIBABA_CLOUD_ACCESS_KEY_ID`, then `ALICLOUD_ACCESS_KEY`',
        commandLine: 'credential',
        parse: values/* asWritten */.qm
    },
    'access-key-secret': {
        description: 'AccessKey secret.',
        default: '',
        defaultText: 'env `ALIBABA_CLOUD_ACCESS_KEY_SECRET`, then `ALICLOUD_SECRET_KEY`',
        commandLine: 'credential',
        parse: values/* asWritten */.qm
    },
    'security-token': {
        description: 'STS security token, for temporary credentials.',
        default: '',
        defaultText: 'env `ALIBABA_CLOUD_SECURITY_TOKEN`, then `ALICLOUD_SECURITY_TOKEN`',
        commandLine: 'credential',
        parse: values/* asWritten */.qm
    },
    'role-to-assume': {
        description: "RAM role ARN. With `oidc-provider-arn`, the action exchanges the workflow's OIDC token for temporary credentials (STS `AssumeRoleWithOIDC`, needs `permissions: id-token: write`).",
        default: '',
        commandLine: 'flag',
        parse: (0,values/* unlessEmpty */.A5)((0,values/* arnOf */.RY)('role', 'acs:ram::1234567890123456:role/github-dts'))
    },
    'oidc-provider-arn': {
        description: 'ARN of the RAM OIDC identity provider for GitHub. See `role-to-assume`.',
        default: '',
        commandLine: 'flag',
        parse: (0,values/* unlessEmpty */.A5)((0,values/* arnOf */.RY)('oidc-provider', 'acs:ram::1234567890123456:oidc-provider/github'))
    },
    'oidc-audience': {
        description: 'Audience of the requested GitHub OIDC token.',
        default: 'sts.aliyuncs.com',
        commandLine: 'flag',
        parse: values/* asWritten */.qm
    },
    'sts-endpoint': {
        description: 'STS endpoint for the OIDC exchange (the same `http://` rule as `endpoint`).',
        default: 'https://sts.aliyuncs.com',
        commandLine: 'flag',
        parse: endpoint/* parseEndpoint */.Bk
    },
    timeout: {
        description: 'Longest time to wait: `90s`, `45m`, `2h`, `1h30m`, or plain seconds. `0` polls once.',
        default: '30m',
        commandLine: 'flag',
        field: 'timeoutMs',
        parse: parseDuration
    },
    'poll-interval': {
        description: 'Time between polls, same format as `timeout`.',
        default: '30s',
        commandLine: 'flag',
        field: 'pollIntervalMs',
        parse: (text, input) => parseDurationWithin(text, input, POLL_INTERVAL)
    },
    'request-timeout': {
        description: 'Read timeout of one API call, `100ms` to `5m`, same format as `timeout`; a slower answer is retried within `timeout`.',
        default: '10s',
        commandLine: 'flag',
        field: 'requestTimeoutMs',
        parse: (text, input) => parseDurationWithin(text, input, REQUEST_TIMEOUT)
    },
    'page-size': {
        description: 'Entries per page, 1 to 100.',
        default: '100',
        commandLine: 'flag',
        field: 'pageSize',
        parse: values/* parsePageSize */._H
    },
    'fail-on-timeout': {
        description: 'Fail the step when the timeout is reached with objects still pending.',
        commandLineDescription: 'With objects still pending at the timeout, exit 2 (`false`: exit 0).',
        default: 'true',
        commandLine: 'flag',
        field: 'failOnTimeout',
        parse: values/* parseBoolean */.yG
    },
    'fail-fast': {
        description: 'Stop at the first failed object instead of waiting for the rest.',
        default: 'false',
        commandLine: 'flag',
        field: 'failFast',
        parse: values/* parseBoolean */.yG
    },
    ignore: {
        description: `${IGNORE_PATTERNS} Matching failures are reported as ignored and do not fail the step.`,
        commandLineDescription: `${IGNORE_PATTERNS} Matching failures are reported as ignored and do not make the exit code a failure.`,
        default: '',
        commandLine: 'flag',
        field: 'ignore',
        parse: values/* splitList */.ry
    },
    'job-status': {
        description: "Also read each job's own state (`DescribeDtsJobs`, one batched call per poll for up to 30 jobs; `DescribeSynchronizationJobStatus` for a job it does not list): fail at once on a failed precheck or a failed job, show the precheck, retries, the progress and the replication delay. `false`: the object lists alone (and no data verification).",
        default: 'true',
        commandLine: 'flag',
        field: 'jobStatus',
        parse: values/* parseBoolean */.yG
    },
    'max-delay': {
        description: "Cutover readiness: also wait until every job's incremental replication delay is at most this long (`5s`, `1m`, same format as `timeout`). Empty: the delay is shown, not waited on. Needs `job-status` (with `job-status: false` it is an input error).",
        default: '',
        commandLine: 'flag',
        parse: (0,values/* unlessEmpty */.A5)(parseDuration)
    },
    'data-check': {
        description: "Full data verification: `auto` waits for it on every job that has it configured and fails on any table that differs; `true` requires it on every job; `false` never reads it. It is read with the job's state: with `job-status: false`, `auto` reads nothing and `true` is an input error.",
        default: 'auto',
        commandLine: 'flag',
        parse: values/* parseDataCheck */.Yl
    },
    summary: {
        description: 'Write the job summary.',
        default: 'true',
        commandLine: 'github-only',
        field: 'summary',
        parse: values/* parseBoolean */.yG
    },
    'pr-comment': {
        description: 'On `pull_request` events, create or update one comment on the pull request with the summary (needs `pull-requests: write`).',
        default: 'false',
        commandLine: 'github-only',
        field: 'prComment',
        parse: values/* parseBoolean */.yG
    },
    'github-token': {
        description: 'Token for `pr-comment`.',
        default: '${{ github.token }}',
        commandLine: 'github-only',
        field: 'githubToken',
        parse: values/* asWritten */.qm
    }
};
const INPUT_NAMES = Object.keys(INPUTS);
/** A default written as a workflow expression (`${{ github.token }}`) is the runner's to evaluate. */
const EXPRESSION = /^\$\{\{.*\}\}$/;
/** The value an empty input stands for: its default, or `''` where it has none the action can put in. */
function standIn(row) {
    return row.default !== undefined && !EXPRESSION.test(row.default) ? row.default : '';
}
/** The default as the README's table and `--help` show it. */
function shownDefault(row) {
    if (row.required)
        return '(required)';
    if (row.defaultText !== undefined)
        return row.defaultText;
    return row.default === undefined || row.default === '' ? '' : `\`${row.default}\``;
}
/** The description action.yml gives: the row's, and its default where action.yml's own field cannot say it. */
function actionDescription(row) {
    return row.defaultText === undefined ? row.description : `${row.description} Default: ${row.defaultText}.`;
}


/***/ }),

/***/ 3750:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   A5: () => (/* binding */ unlessEmpty),
/* harmony export */   RY: () => (/* binding */ arnOf),
/* harmony export */   Yl: () => (/* binding */ parseDataCheck),
/* harmony export */   _H: () => (/* binding */ parsePageSize),
/* harmony export */   cf: () => (/* binding */ parseRegion),
/* harmony export */   nI: () => (/* binding */ parseJobIds),
/* harmony export */   qm: () => (/* binding */ asWritten),
/* harmony export */   ry: () => (/* binding */ splitList),
/* harmony export */   yG: () => (/* binding */ parseBoolean)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3916);
/**
 * The parsers of single input values: each reads one value as written and returns it typed, or
 * throws an InputError that names the input and quotes what was refused.
 */

const JOB_ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/;
const REGION = /^[a-z0-9-]{2,40}$/;
/** Splits a list written with commas and/or newlines; trims, drops empties and duplicates. */
function splitList(text) {
    const seen = new Set();
    for (const part of text.split(/[,\r\n]/)) {
        const item = part.trim();
        if (item !== '')
            seen.add(item);
    }
    return [...seen];
}
/** The three casings GitHub accepts for a word in a workflow (`true`, `True`, `TRUE`). */
function casings(word) {
    return [word, word[0].toUpperCase() + word.slice(1), word.toUpperCase()];
}
/** `true`/`false` in the three casings GitHub accepts. */
function parseBoolean(text, input) {
    if (casings('true').includes(text))
        return true;
    if (casings('false').includes(text))
        return false;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `${input} must be true or false; got ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .refusedValue */ .u6)(text)}`);
}
/** `auto`, `true` or `false`, each in the three casings. */
function parseDataCheck(text, input) {
    if (casings('auto').includes(text))
        return 'auto';
    if (casings('true').includes(text))
        return 'required';
    if (casings('false').includes(text))
        return 'off';
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `${input} must be auto, true or false; got ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .refusedValue */ .u6)(text)}`);
}
/**
 * The jobs, each by its task ID or its instance ID, mixed in one list. Only their form is checked:
 * which ID names which task is DTS's to say, never guessed from the text.
 */
function parseJobIds(text, input) {
    const ids = splitList(text);
    if (ids.length === 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `${input} is required: one or more DTS synchronization job IDs (task IDs or instance IDs) separated by commas or newlines`);
    }
    for (const id of ids) {
        if (!JOB_ID.test(id)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `${input} must list DTS synchronization job IDs, each its task ID (such as i03e3zty16iabcd) or its instance ID ` +
                `(such as dtsi03e3zty16iabcd): letters, digits, "_" and "-", up to 64 characters, separated by commas or newlines; ` +
                `got ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .refusedValue */ .u6)(id)}`);
        }
    }
    return ids;
}
/**
 * A region ID such as `cn-hangzhou`.
 *
 * @param origin how the message names where the value came from: `region`, or
 *               `region (taken from ALICLOUD_REGION)` for a value of the environment
 */
function parseRegion(text, origin) {
    if (!REGION.test(text)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('region', `${origin} must be an Alibaba Cloud region ID such as cn-hangzhou (lower-case letters, digits and "-"); got ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .refusedValue */ .u6)(text)}`);
    }
    return text;
}
function parsePageSize(text, input) {
    const n = /^\d{1,4}$/.test(text) ? Number(text) : NaN;
    if (!Number.isInteger(n) || n < 1 || n > 100) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `${input} must be a whole number from 1 to 100; got ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .refusedValue */ .u6)(text)}`);
    }
    return n;
}
/** The parser of a RAM ARN of one kind (`role`, `oidc-provider`), with the example its message gives. */
function arnOf(kind, example) {
    const pattern = new RegExp(`^acs:ram::\\d{1,32}:${kind}/[A-Za-z0-9._@+=,/-]{1,128}$`);
    return (text, input) => {
        if (!pattern.test(text)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `${input} must be a RAM ARN such as ${example}; got ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .refusedValue */ .u6)(text)}`);
        }
        return text;
    };
}
/** The value as written: `''` when unset. */
function asWritten(text) {
    return text;
}
/** A parser that leaves an empty value unset (`undefined`) rather than refusing it. */
function unlessEmpty(parse) {
    return (text, input) => (text === '' ? undefined : parse(text, input));
}


/***/ }),

/***/ 8728:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   LZ: () => (/* binding */ judgeChecks),
/* harmony export */   Us: () => (/* binding */ unlistedTables),
/* harmony export */   XA: () => (/* binding */ requiredCheckProblem),
/* harmony export */   lF: () => (/* binding */ unlistedCounts)
/* harmony export */ });
/* harmony import */ var _dataCheck_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6455);

/** Standings in which the verification is still to come. */
const WAITING = new Set(['not-started', 'checking', 'unknown']);
/** Standings that leave the verification unjudged: with `data-check: true`, the run cannot end well. */
const UNREAD = new Set(['not-read', 'refused']);
/** The tables DTS counted as differing, and as failed, beyond those it listed. */
function unlistedCounts(result) {
    const listed = { differs: 0, failed: 0 };
    for (const table of result.found) {
        const finding = (0,_dataCheck_js__WEBPACK_IMPORTED_MODULE_0__/* .findingOf */ .hD)(table);
        if (finding)
            listed[finding]++;
    }
    return { differs: Math.max(0, result.differing - listed.differs), failed: Math.max(0, result.failedChecks - listed.failed) };
}
/** The tables DTS counted as differing or failed beyond those it listed. */
function unlistedTables(result) {
    const { differs, failed } = unlistedCounts(result);
    return differs + failed;
}
function standingOf(job, input, reading, check) {
    if (input.mode === 'off')
        return 'off';
    if (input.identities?.[job.jobId]?.fullDataCheck !== true)
        return 'not-configured';
    const verification = reading?.kind === 'read' ? reading.job.verification : undefined;
    if (!verification)
        return 'not-read';
    job.verification = verification;
    if (check?.kind === 'refused') {
        job.refusal = { code: check.code, message: check.message };
        return 'refused';
    }
    switch (verification.state) {
        case 'NotStarted':
            return 'not-started';
        case 'Checking':
            return 'checking';
        case 'Failed':
            return 'failed';
        case 'unknown':
            return 'unknown';
        case 'Finished':
            // The poll that sees it finished reads the result; until it is read, it is still to come.
            if (check?.kind !== 'read')
                return 'checking';
            job.result = check.result;
            return 'passed';
    }
}
/** The verification rules for one complete poll. */
function judgeChecks(input) {
    const judgement = {
        mode: input.mode,
        jobs: [],
        holds: true,
        failedTables: [],
        ignoredTables: [],
        failedChecks: [],
        unreadable: [],
        warnings: []
    };
    for (const jobId of input.jobIds) {
        const job = { jobId, standing: 'off' };
        const reading = input.readings[jobId];
        job.standing = standingOf(job, input, reading, input.checks?.[jobId]);
        if (job.standing === 'passed' && job.result) {
            for (const table of job.result.found) {
                const finding = (0,_dataCheck_js__WEBPACK_IMPORTED_MODULE_0__/* .findingOf */ .hD)(table);
                if (!finding)
                    continue;
                const found = {
                    ...table,
                    jobId,
                    finding,
                    ignored: input.ignored({ sourceDatabase: table.sourceDatabase, name: table.sourceTable })
                };
                (found.ignored ? judgement.ignoredTables : judgement.failedTables).push(found);
                if (!found.ignored)
                    job.standing = 'differs';
            }
            if (unlistedTables(job.result) > 0)
                job.standing = 'differs';
        }
        if (job.standing === 'failed')
            judgement.failedChecks.push({ jobId, error: job.verification?.error ?? '' });
        if (job.standing === 'unknown') {
            const status = job.verification?.status ?? '';
            judgement.warnings.push({ kind: 'unknown-check-state', jobIds: [jobId], keys: [`unknown-check-state:${jobId}:${status}`], status });
        }
        if (UNREAD.has(job.standing)) {
            const why = unreadWhy(job, reading, input.viewRefused);
            if (input.mode === 'required')
                judgement.unreadable.push({ jobId, ...why });
            else if (job.standing === 'refused') {
                judgement.warnings.push({ kind: 'check-refused', jobIds: [jobId], keys: [`check-refused:${jobId}`], ...why });
            }
        }
        if (WAITING.has(job.standing) || job.standing === 'failed' || job.standing === 'differs')
            judgement.holds = false;
        judgement.jobs.push(job);
    }
    return judgement;
}
/** Why a job's verification could not be read: the refusal of its result, or of its job view. */
function unreadWhy(job, reading, viewRefused) {
    if (job.refusal)
        return job.refusal;
    if (viewRefused)
        return viewRefused;
    if (reading?.kind === 'refused')
        return { code: reading.code, message: reading.message };
    return {
        code: 'JobViewNotRead',
        message: 'DescribeDtsJobs did not list the job at this poll, and only its job view says how far the verification is'
    };
}
/**
 * With `data-check: true`, what keeps the run from ever judging every job's verification, as
 * found by the look-up before the first poll; undefined when nothing does.
 */
function requiredCheckProblem(identities, viewRefused) {
    const auto = 'or set data-check: auto to wait only on the jobs that verify their data';
    if (viewRefused) {
        return (`data-check: true needs the job views of DescribeDtsJobs, which was refused: ${viewRefused.message}; ` +
            `allow dts:DescribeDtsJobs to the key, ${auto}`);
    }
    const unlisted = identities.filter((j) => !j.listed).map((j) => j.id);
    if (unlisted.length > 0) {
        return (`data-check: true needs the full data verification of every job, but DescribeDtsJobs does not list ${named(unlisted)} ` +
            `(an instance of the legacy API), so its verification cannot be read: give the ID of a current synchronization task, ${auto}`);
    }
    const without = identities.filter((j) => j.fullDataCheck !== true).map((j) => j.id);
    if (without.length > 0) {
        return (`data-check: true needs full data verification on every job, and ${named(without)} ${without.length === 1 ? 'has' : 'have'} none ` +
            `configured: configure full data verification for the task in the DTS console (its data verification settings), ${auto}`);
    }
    return undefined;
}
/** `job a`, `jobs a, b and 3 more`. */
function named(ids) {
    const shown = ids.slice(0, 5).join(', ');
    return `${ids.length === 1 ? 'job' : 'jobs'} ${shown}${ids.length > 5 ? ` and ${ids.length - 5} more` : ''}`;
}


/***/ }),

/***/ 6455:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   hD: () => (/* binding */ findingOf),
/* harmony export */   m4: () => (/* binding */ readTablePage),
/* harmony export */   zM: () => (/* binding */ verificationOf)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3916);
/* harmony import */ var _job_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(1576);
/* harmony import */ var _normalize_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(2028);
/* harmony import */ var _scalar_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(447);
/**
 * Full data verification, read: the `FullDataCheckStatus` of a job view, one page of
 * DescribeDataCheckTableDetails, and whether a table fails the verification. Pure, and as
 * defensive as the other readers: any field may be missing or of another type.
 *
 * A table fails when rows differ (`DiffCount` > 0: DTS has no status of its own for it, a
 * finished table that differs is `Status` `0`) or when its check failed (`Status` `5`, or an
 * `ErrorCode`).
 */




// A Map, not an object literal: a status such as "constructor" must not find Object's members.
const STATES = new Map([
    ['notstarted', 'NotStarted'],
    ['checking', 'Checking'],
    ['failed', 'Failed'],
    ['finished', 'Finished']
]);
/** Tables read of one page at most: the action asks for 100 a page. */
const MAX_TABLES_PER_PAGE = 1000;
/** `FullDataCheckStatus` of a job view; undefined when the view has none. */
function verificationOf(value) {
    const record = (0,_scalar_js__WEBPACK_IMPORTED_MODULE_3__/* .asRecord */ .qY)(value);
    if (!record)
        return undefined;
    const status = (0,_scalar_js__WEBPACK_IMPORTED_MODULE_3__/* .text */ .Qq)(record.Status).trim();
    const verification = {
        status,
        state: STATES.get(status.toLowerCase().replace(/^not[\s_-]started$/, 'notstarted')) ?? 'unknown',
        progress: (0,_scalar_js__WEBPACK_IMPORTED_MODULE_3__/* .text */ .Qq)(record.Progress).trim(),
        error: (0,_scalar_js__WEBPACK_IMPORTED_MODULE_3__/* .text */ .Qq)(record.ErrorMessage)
    };
    const percent = (0,_job_js__WEBPACK_IMPORTED_MODULE_1__/* .percentOf */ .pR)(record.Percent);
    if (percent !== undefined)
        verification.percent = percent;
    return verification;
}
function tableOf(raw) {
    const t = (0,_scalar_js__WEBPACK_IMPORTED_MODULE_3__/* .asRecord */ .qY)(raw) ?? {};
    const table = {
        sourceDatabase: (0,_scalar_js__WEBPACK_IMPORTED_MODULE_3__/* .text */ .Qq)(t.SourceDbName).trim(),
        sourceTable: (0,_scalar_js__WEBPACK_IMPORTED_MODULE_3__/* .text */ .Qq)(t.SourceTbName).trim(),
        destinationDatabase: (0,_scalar_js__WEBPACK_IMPORTED_MODULE_3__/* .text */ .Qq)(t.TargetDbName).trim(),
        destinationTable: (0,_scalar_js__WEBPACK_IMPORTED_MODULE_3__/* .text */ .Qq)(t.TargetTbName).trim(),
        status: (0,_scalar_js__WEBPACK_IMPORTED_MODULE_3__/* .text */ .Qq)(t.Status).trim(),
        diffRows: (0,_scalar_js__WEBPACK_IMPORTED_MODULE_3__/* .count */ .U9)(t.DiffCount) ?? '0',
        bootTime: (0,_scalar_js__WEBPACK_IMPORTED_MODULE_3__/* .text */ .Qq)(t.BootTime).trim()
    };
    const checked = (0,_scalar_js__WEBPACK_IMPORTED_MODULE_3__/* .count */ .U9)(t.FinishCount);
    const total = (0,_scalar_js__WEBPACK_IMPORTED_MODULE_3__/* .count */ .U9)(t.TotalCount);
    const errorCode = (0,_scalar_js__WEBPACK_IMPORTED_MODULE_3__/* .wholeCount */ .vs)(t.ErrorCode);
    if (checked !== undefined)
        table.checkedRows = checked;
    if (total !== undefined)
        table.totalRows = total;
    if (errorCode !== undefined && errorCode !== 0)
        table.errorCode = errorCode;
    return table;
}
/** One answer (already checked for errors by the client). @throws MalformedAnswer when `TableDetails` is no list */
function readTablePage(body) {
    const list = (0,_normalize_js__WEBPACK_IMPORTED_MODULE_2__/* .listOf */ .c3)(body.TableDetails, 'TableDetails', ['TableDetails', 'TableDetail']);
    if (list.length > MAX_TABLES_PER_PAGE) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .MalformedAnswer */ .ol(`DTS listed ${list.length} tables on one page of DescribeDataCheckTableDetails, more than were asked for`);
    }
    const page = { listed: list.length, entries: list.map(tableOf) };
    const tables = (0,_scalar_js__WEBPACK_IMPORTED_MODULE_3__/* .wholeCount */ .vs)(body.TotalCount);
    const differing = (0,_scalar_js__WEBPACK_IMPORTED_MODULE_3__/* .wholeCount */ .vs)(body.DiffTableCount);
    const failedChecks = (0,_scalar_js__WEBPACK_IMPORTED_MODULE_3__/* .wholeCount */ .vs)(body.FailedTableCount);
    const checkedRows = (0,_scalar_js__WEBPACK_IMPORTED_MODULE_3__/* .count */ .U9)(body.FinishedCount);
    if (tables !== undefined)
        page.tables = tables;
    if (differing !== undefined)
        page.differing = differing;
    if (failedChecks !== undefined)
        page.failedChecks = failedChecks;
    if (checkedRows !== undefined)
        page.checkedRows = checkedRows;
    return page;
}
/** Why a table fails the verification; undefined when it does not. */
function findingOf(table) {
    if (table.diffRows !== '0')
        return 'differs';
    if (table.status === '5' || table.errorCode !== undefined)
        return 'failed';
    return undefined;
}


/***/ }),

/***/ 1576:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Fd: () => (/* binding */ knownDelay),
/* harmony export */   IW: () => (/* binding */ readJobStatus),
/* harmony export */   _: () => (/* binding */ decimal),
/* harmony export */   ep: () => (/* binding */ REPLICATING_STATES),
/* harmony export */   pR: () => (/* binding */ percentOf),
/* harmony export */   w7: () => (/* binding */ failedItems)
/* harmony export */ });
/* unused harmony exports jobStateOf, MAX_PRECHECK_ITEMS, delayOf */
/* harmony import */ var _normalize_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2028);
/* harmony import */ var _scalar_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(447);


// A Map, not an object literal: a status such as "constructor" must not find Object's members.
const JOB_STATES = new Map([
    ['notstarted', 'NotStarted'],
    ['prechecking', 'Prechecking'],
    ['precheckfailed', 'PrecheckFailed'],
    ['initializing', 'Initializing'],
    ['initializating', 'Initializing'],
    ['initializefailed', 'InitializeFailed'],
    ['synchronizing', 'Synchronizing'],
    ['failed', 'Failed'],
    ['suspending', 'Suspending'],
    ['modifying', 'Modifying'],
    ['finished', 'Finished'],
    // Only the current API (DescribeDtsJobs) reports these.
    ['precheckpass', 'PreCheckPass'],
    ['retrying', 'Retrying'],
    ['modifyfailed', 'ModifyFailed'],
    ['notconfigured', 'NotConfigured']
]);
/** The job state a `Status` names: any case, "Not Started" also with a blank, `_` or `-`. */
function jobStateOf(status) {
    const key = status
        .trim()
        .toLowerCase()
        .replace(/^not[\s_-]started$/, 'notstarted');
    return JOB_STATES.get(key) ?? 'unknown';
}
/** Items kept of a precheck: DTS lists a few dozen; an answer cannot make the record unbounded. */
const MAX_PRECHECK_ITEMS = 1_000;
/** A plain decimal number (`"12"`, `"0.5"`, `12`), or undefined: no sign, no exponent, no unit. */
function decimal(value) {
    const t = (0,_scalar_js__WEBPACK_IMPORTED_MODULE_1__/* .text */ .Qq)(value).trim();
    if (!/^\d+(\.\d+)?$/.test(t))
        return undefined;
    const n = Number(t);
    return Number.isFinite(n) ? n : undefined;
}
/** A percentage 0..100 (`"40"`, `40`, `"40.5"`, `"40%"`); anything else, or out of range, is none. */
function percentOf(value) {
    const n = decimal((0,_scalar_js__WEBPACK_IMPORTED_MODULE_1__/* .text */ .Qq)(value).trim().replace(/%$/, ''));
    return n !== undefined && n <= 100 ? n : undefined;
}
/**
 * The delay in milliseconds that the answer gives: `DelayMillis` (milliseconds) and `Delay`
 * (seconds), at the top of the answer and in `DataSynchronizationStatus`. Where more than one of
 * them reads as a plain non-negative number, the largest counts: the gate guards a cutover, and
 * of two figures that disagree the higher is the safe one. `Delay: "0"` is a known 0; a missing,
 * negative or garbled value (`""`, `"abc"`, `"1e3"`, `true`) says nothing.
 */
function delayOf(body) {
    const synchronization = (0,_scalar_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(body.DataSynchronizationStatus) ? body.DataSynchronizationStatus : {};
    const places = [
        [body.DelayMillis, 1],
        [body.Delay, 1000],
        [synchronization.DelayMillis, 1],
        [synchronization.Delay, 1000]
    ];
    let largest;
    for (const [value, unit] of places) {
        const n = decimal(value);
        if (n !== undefined && Number.isFinite(n * unit))
            largest = Math.max(largest ?? 0, Math.round(n * unit));
    }
    return largest;
}
/** States in which the incremental replication runs: only then does a delay mean how far behind it is. */
const REPLICATING_STATES = new Set(['Synchronizing', 'Modifying']);
/**
 * The delay as the gate knows it: what the answer says while the job replicates, and nothing in
 * any other state, whatever the answer says (a job still initializing answers `Delay: "0"`).
 */
function knownDelay(state, delayMs) {
    return REPLICATING_STATES.has(state) ? delayMs : undefined;
}
function items(value) {
    let list;
    try {
        list = (0,_normalize_js__WEBPACK_IMPORTED_MODULE_0__/* .listOf */ .c3)(value, 'Detail', ['Detail', 'PrecheckDetail']);
    }
    catch {
        // The items only explain a precheck; the job's Status decides. A malformed list is no list.
        list = [];
    }
    const kept = list.slice(0, MAX_PRECHECK_ITEMS).map((raw) => {
        const item = (0,_scalar_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(raw) ? raw : {};
        return {
            name: (0,_scalar_js__WEBPACK_IMPORTED_MODULE_1__/* .text */ .Qq)(item.ItemName).trim(),
            status: (0,_scalar_js__WEBPACK_IMPORTED_MODULE_1__/* .text */ .Qq)(item.CheckStatus).trim(),
            error: (0,_scalar_js__WEBPACK_IMPORTED_MODULE_1__/* .text */ .Qq)(item.ErrorMessage),
            repairMethod: (0,_scalar_js__WEBPACK_IMPORTED_MODULE_1__/* .text */ .Qq)(item.RepairMethod)
        };
    });
    return { items: kept, itemCount: list.length };
}
function precheckOf(value) {
    if (!(0,_scalar_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(value))
        return undefined;
    const precheck = { status: (0,_scalar_js__WEBPACK_IMPORTED_MODULE_1__/* .text */ .Qq)(value.Status).trim(), ...items(value.Detail) };
    const percent = percentOf(value.Percent);
    if (percent !== undefined)
        precheck.percent = percent;
    return precheck;
}
function stageOf(value) {
    if (!(0,_scalar_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(value))
        return undefined;
    const status = (0,_scalar_js__WEBPACK_IMPORTED_MODULE_1__/* .text */ .Qq)(value.Status).trim();
    const stage = { status, state: (0,_normalize_js__WEBPACK_IMPORTED_MODULE_0__/* .stateOf */ .L4)(status), error: (0,_scalar_js__WEBPACK_IMPORTED_MODULE_1__/* .text */ .Qq)(value.ErrorMessage) };
    const percent = percentOf(value.Percent);
    const progress = (0,_scalar_js__WEBPACK_IMPORTED_MODULE_1__/* .count */ .U9)(value.Progress);
    if (percent !== undefined)
        stage.percent = percent;
    if (progress !== undefined)
        stage.progress = progress;
    return stage;
}
/** Reads one answer body (already checked for errors by the client); never throws. */
function readJobStatus(body) {
    const record = (0,_scalar_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(body) ? body : {};
    const status = (0,_scalar_js__WEBPACK_IMPORTED_MODULE_1__/* .text */ .Qq)(record.Status).trim();
    const job = { status, state: jobStateOf(status), error: (0,_scalar_js__WEBPACK_IMPORTED_MODULE_1__/* .text */ .Qq)(record.ErrorMessage) };
    const precheck = precheckOf(record.PrecheckStatus);
    const structure = stageOf(record.StructureInitializationStatus);
    const data = stageOf(record.DataInitializationStatus);
    const delayMs = knownDelay(job.state, delayOf(record));
    if (precheck)
        job.precheck = precheck;
    if (structure)
        job.structure = structure;
    if (data)
        job.data = data;
    if (delayMs !== undefined)
        job.delayMs = delayMs;
    return job;
}
/** Whether a check item failed: `CheckStatus` Failed (any case). */
function itemFailed(item) {
    return item.status.toLowerCase() === 'failed';
}
/**
 * The items that explain a failed precheck: those that say Failed; if none does, those that did
 * not pass and carry an error (an undocumented CheckStatus must not hide the reason).
 */
function failedItems(precheck) {
    if (!precheck)
        return [];
    const failed = precheck.items.filter(itemFailed);
    if (failed.length > 0)
        return failed;
    return precheck.items.filter((item) => item.status.toLowerCase() !== 'success' && item.error.trim() !== '');
}


/***/ }),

/***/ 2028:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   L4: () => (/* binding */ stateOf),
/* harmony export */   SP: () => (/* binding */ readPage),
/* harmony export */   c3: () => (/* binding */ listOf)
/* harmony export */ });
/* unused harmony export kindOf */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3916);
/* harmony import */ var _scalar_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(447);
/* harmony import */ var _rules_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(1688);
/* harmony import */ var _stringPool_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(2620);
/**
 * Turns one page of a DescribeInitializationStatus answer into plain objects. Pure: the DTS
 * client has already checked the transport and `Success`. An answer that does not read as a page
 * is a MalformedAnswer; whether to ask again is not decided here.
 *
 * Between two polls most objects do not change, and DTS lists them in the same order. Given the
 * same page as the poll before read it, an entry that reads exactly as the object at its place
 * there gives that object again instead of a new one: a poll of a job that barely moves then
 * makes almost nothing that outlives it, which is most of what the garbage collector works on.
 * Objects are never changed once made, so one may stand in two polls.
 */




const FIELDS = {
    structure: { list: 'StructureInitializationDetails', item: 'StructureInitializationDetail' },
    data: { list: 'DataInitializationDetails', item: 'DataInitializationDetail' },
    incremental: { list: 'DataSynchronizationDetails', item: 'DataSynchronizationDetail' }
};
// A Map, not an object literal: a status such as "constructor" must not find Object's members.
const STATES = new Map([
    ['notstarted', 'NotStarted'],
    ['migrating', 'Migrating'],
    ['finished', 'Finished'],
    ['failed', 'Failed']
]);
/** The four statuses as DTS writes them: the common case, found without any string work. */
const EXACT_STATES = new Map(['NotStarted', 'Migrating', 'Finished', 'Failed'].map((s) => [s, s]));
/**
 * DTS documents four statuses. Any case counts ("FAILED", "finished"), and "Not Started" may have
 * a blank, "_" or "-" between its words; anything else ("Fin ished", "Finished!") is unknown, so
 * that no status is ever taken for done on a guess.
 */
function stateOf(status) {
    return (EXACT_STATES.get(status) ??
        STATES.get(status
            .trim()
            .toLowerCase()
            .replace(/^not[\s_-]started$/, 'notstarted')) ??
        'unknown');
}
/**
 * A list in either shape DTS uses: a plain array, or `{ <item name>: [...] }` (also with a
 * single item not wrapped in an array). A missing list is empty; anything else is malformed.
 */
function listOf(value, field, itemNames) {
    if (value === undefined || value === null || value === '')
        return [];
    if (Array.isArray(value))
        return value;
    if ((0,_scalar_js__WEBPACK_IMPORTED_MODULE_2__/* .isRecord */ .u4)(value)) {
        const keys = Object.keys(value);
        if (keys.length === 0)
            return [];
        const inner = itemNames.map((name) => value[name]).find((v) => v !== undefined) ?? (keys.length === 1 ? value[keys[0]] : undefined);
        if (Array.isArray(inner))
            return inner;
        if ((0,_scalar_js__WEBPACK_IMPORTED_MODULE_2__/* .isRecord */ .u4)(inner))
            return [inner];
    }
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .MalformedAnswer */ .ol(`DTS answered with a malformed ${field} (expected a list, got ${kindOf(value)})`);
}
/** What kind of JSON value `value` is, for a message: `an array`, `null`, `a string`. */
function kindOf(value) {
    if (Array.isArray(value))
        return 'an array';
    if (value === null)
        return 'null';
    return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}
/**
 * One object. Every object gets every field, in one order (absent ones undefined), so that all
 * of them share one shape: the code that goes over 100,000 of them stays monomorphic.
 */
function objectOf(jobId, section, entry, read, name, type, parent) {
    const { strings } = read;
    const status = strings.shared((0,_scalar_js__WEBPACK_IMPORTED_MODULE_2__/* .text */ .Qq)(entry.Status).trim());
    const object = {
        jobId,
        section,
        sourceDatabase: strings.shared((0,_scalar_js__WEBPACK_IMPORTED_MODULE_2__/* .text */ .Qq)(entry.SourceOwnerDBName)),
        destinationDatabase: strings.shared((0,_scalar_js__WEBPACK_IMPORTED_MODULE_2__/* .text */ .Qq)(entry.DestinationOwnerDBName)),
        name,
        type,
        parent,
        status,
        state: stateOf(status),
        error: strings.shared((0,_scalar_js__WEBPACK_IMPORTED_MODULE_2__/* .text */ .Qq)(entry.ErrorMessage)),
        totalRows: undefined,
        finishedRows: undefined,
        usedTime: undefined,
        outcome: undefined
    };
    if (read.ignored)
        object.outcome = (0,_rules_js__WEBPACK_IMPORTED_MODULE_1__/* .outcomeOf */ .sG)(object, read.ignored);
    return object;
}
/** The earlier object at the place of the one being made (the place moves on either way). */
function nextEarlier(earlier) {
    return earlier?.objects[earlier.next++];
}
/**
 * Whether `o` is what objectOf would make of this entry (`name` and `type` as the entry writes
 * them; the rows are the caller's to compare), with an outcome exactly when this read gives one.
 */
function readsAs(o, jobId, section, entry, read, name, type) {
    return (o !== undefined &&
        o.name === name &&
        o.section === section &&
        o.type === type &&
        o.jobId === jobId &&
        o.status === (0,_scalar_js__WEBPACK_IMPORTED_MODULE_2__/* .text */ .Qq)(entry.Status).trim() &&
        o.sourceDatabase === (0,_scalar_js__WEBPACK_IMPORTED_MODULE_2__/* .text */ .Qq)(entry.SourceOwnerDBName) &&
        o.destinationDatabase === (0,_scalar_js__WEBPACK_IMPORTED_MODULE_2__/* .text */ .Qq)(entry.DestinationOwnerDBName) &&
        o.error === (0,_scalar_js__WEBPACK_IMPORTED_MODULE_2__/* .text */ .Qq)(entry.ErrorMessage) &&
        (o.outcome === undefined) === (read.ignored === undefined));
}
/** Whether `parent` is `<database>.<name>:<type>`, without making that string. */
function isParentOf(parent, database, name, type) {
    const dot = database.length;
    const colon = dot + 1 + name.length;
    return (parent !== undefined &&
        parent.length === colon + 1 + type.length &&
        parent.startsWith(database) &&
        parent[dot] === '.' &&
        parent.startsWith(name, dot + 1) &&
        parent[colon] === ':' &&
        parent.endsWith(type));
}
function entryRecord(entry) {
    // A malformed entry still becomes an object (status '' -> unknown -> pending), so that it can
    // never be silently dropped and let the job look finished.
    return (0,_scalar_js__WEBPACK_IMPORTED_MODULE_2__/* .isRecord */ .u4)(entry) ? entry : {};
}
function structureObjects(jobId, raw, read, objects, earlier) {
    const entry = entryRecord(raw);
    const nameText = (0,_scalar_js__WEBPACK_IMPORTED_MODULE_2__/* .text */ .Qq)(entry.ObjectName);
    const typeText = (0,_scalar_js__WEBPACK_IMPORTED_MODULE_2__/* .text */ .Qq)(entry.ObjectType);
    const before = nextEarlier(earlier);
    const structure = readsAs(before, jobId, 'structure', entry, read, nameText, typeText)
        ? before
        : objectOf(jobId, 'structure', entry, read, (0,_stringPool_js__WEBPACK_IMPORTED_MODULE_3__/* .detached */ .h)(nameText), read.strings.shared(typeText));
    objects.push(structure);
    const constraints = listOf(entry.Constraints, 'Constraints', ['Constraint', 'StructureInitializationDetail']);
    if (constraints.length === 0)
        return;
    const { sourceDatabase, name, type } = structure;
    let parent;
    for (const c of constraints) {
        const constraint = entryRecord(c);
        const constraintName = (0,_scalar_js__WEBPACK_IMPORTED_MODULE_2__/* .text */ .Qq)(constraint.ObjectName);
        const constraintType = (0,_scalar_js__WEBPACK_IMPORTED_MODULE_2__/* .text */ .Qq)(constraint.ObjectType);
        const seen = nextEarlier(earlier);
        if (readsAs(seen, jobId, 'constraint', constraint, read, constraintName, constraintType) &&
            isParentOf(seen.parent, sourceDatabase, name, type)) {
            objects.push(seen);
            continue;
        }
        parent ??= (0,_stringPool_js__WEBPACK_IMPORTED_MODULE_3__/* .detached */ .h)(`${sourceDatabase}.${name}:${type}`);
        objects.push(objectOf(jobId, 'constraint', constraint, read, (0,_stringPool_js__WEBPACK_IMPORTED_MODULE_3__/* .detached */ .h)(constraintName), read.strings.shared(constraintType), parent));
    }
}
function dataObject(jobId, raw, read, earlier) {
    const entry = entryRecord(raw);
    const name = (0,_scalar_js__WEBPACK_IMPORTED_MODULE_2__/* .text */ .Qq)(entry.TableName);
    const total = (0,_scalar_js__WEBPACK_IMPORTED_MODULE_2__/* .count */ .U9)(entry.TotalRowNum);
    const finished = (0,_scalar_js__WEBPACK_IMPORTED_MODULE_2__/* .count */ .U9)(entry.FinishRowNum);
    const used = (0,_scalar_js__WEBPACK_IMPORTED_MODULE_2__/* .text */ .Qq)(entry.UsedTime).trim();
    const before = nextEarlier(earlier);
    if (readsAs(before, jobId, 'data', entry, read, name, 'Table') &&
        before.totalRows === total &&
        before.finishedRows === finished &&
        before.usedTime === (used === '' ? undefined : used)) {
        return before;
    }
    const object = objectOf(jobId, 'data', entry, read, (0,_stringPool_js__WEBPACK_IMPORTED_MODULE_3__/* .detached */ .h)(name), 'Table');
    if (total !== undefined)
        object.totalRows = (0,_stringPool_js__WEBPACK_IMPORTED_MODULE_3__/* .detached */ .h)(total);
    if (finished !== undefined)
        object.finishedRows = (0,_stringPool_js__WEBPACK_IMPORTED_MODULE_3__/* .detached */ .h)(finished);
    if (used !== '')
        object.usedTime = (0,_stringPool_js__WEBPACK_IMPORTED_MODULE_3__/* .detached */ .h)(used);
    return object;
}
function incrementalObject(jobId, raw, read, earlier) {
    const entry = entryRecord(raw);
    const name = (0,_scalar_js__WEBPACK_IMPORTED_MODULE_2__/* .text */ .Qq)(entry.TableName);
    const before = nextEarlier(earlier);
    if (readsAs(before, jobId, 'incremental', entry, read, name, 'Table'))
        return before;
    return objectOf(jobId, 'incremental', entry, read, (0,_stringPool_js__WEBPACK_IMPORTED_MODULE_3__/* .detached */ .h)(name), 'Table');
}
/**
 * Reads one answer page. The body must be an object; lists may be absent (= empty). The pages
 * of one read may share a {@link ReadContext}. `before`: the objects of the same page of this
 * job as the poll before read it, with the same ignore patterns; they are given again where the
 * answer reads as they did.
 */
function readPage(jobId, body, read = { strings: new _stringPool_js__WEBPACK_IMPORTED_MODULE_3__/* .StringPool */ .q() }, before) {
    if (!(0,_scalar_js__WEBPACK_IMPORTED_MODULE_2__/* .isRecord */ .u4)(body)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .MalformedAnswer */ .ol(`DTS answered with ${kindOf(body)} instead of a JSON object`);
    }
    const lists = {};
    for (const section of Object.keys(FIELDS)) {
        const { list, item } = FIELDS[section];
        lists[section] = listOf(body[list], list, [item]);
    }
    const objects = [];
    const earlier = before && { objects: before, next: 0 };
    for (const entry of lists.structure)
        structureObjects(jobId, entry, read, objects, earlier);
    for (const entry of lists.data)
        objects.push(dataObject(jobId, entry, read, earlier));
    for (const entry of lists.incremental)
        objects.push(incrementalObject(jobId, entry, read, earlier));
    return {
        sizes: { structure: lists.structure.length, data: lists.data.length, incremental: lists.incremental.length },
        objects
    };
}


/***/ }),

/***/ 4664:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   U2: () => (/* binding */ copyRate),
/* harmony export */   fH: () => (/* binding */ withoutRate),
/* harmony export */   hF: () => (/* binding */ withRate),
/* harmony export */   oD: () => (/* binding */ etaSeconds),
/* harmony export */   rf: () => (/* binding */ ProgressCount),
/* harmony export */   uV: () => (/* binding */ sampleOf),
/* harmony export */   yl: () => (/* binding */ addSample)
/* harmony export */ });
/* unused harmony exports progressOf, DEFAULT_RATE, MAX_SAMPLES */
/**
 * A sum of row counts, exact however large: whole numbers below 2^53 are added as Numbers (a
 * poll may have 100,000 data entries, and BigInt arithmetic per entry costs several times more),
 * and moved into the BigInt before the Number part could lose a unit.
 */
class RowSum {
    big = 0n;
    small = 0;
    add(rows) {
        if (typeof rows === 'bigint') {
            this.big += rows;
            return;
        }
        this.small += rows;
        if (this.small >= 2 ** 52) {
            this.big += BigInt(this.small);
            this.small = 0;
        }
    }
    value() {
        return this.big + BigInt(this.small);
    }
}
/**
 * Rows are canonical decimal strings (normalize's `count`): up to 15 digits read exactly as a
 * Number, longer ones as a BigInt. Anything else counts as none.
 */
function rows(value) {
    if (value === undefined || value === '')
        return 0;
    if (value.length <= 15) {
        const n = Number(value);
        return Number.isInteger(n) && n >= 0 ? n : 0;
    }
    return /^\d+$/.test(value) ? BigInt(value) : 0;
}
/**
 * Progress counted one object at a time, so that the counting pass over a poll's objects can add
 * each data entry as it goes instead of walking the objects a second time.
 */
class ProgressCount {
    entries = 0;
    finishedEntries = 0;
    copiedRows = new RowSum();
    totalRows = new RowSum();
    doneRows = new RowSum();
    sizeRows = new RowSum();
    add(o) {
        if (o.section !== 'data')
            return;
        const copied = rows(o.finishedRows);
        const total = rows(o.totalRows);
        const size = copied > total ? copied : total;
        const finished = o.state === 'Finished';
        this.entries++;
        if (finished)
            this.finishedEntries++;
        this.copiedRows.add(copied);
        this.totalRows.add(total);
        this.sizeRows.add(size);
        this.doneRows.add(finished ? size : copied);
    }
    /** `pending`: something of the run is still pending (an object, or a job that has listed nothing yet). */
    value(pending = false) {
        const p = {
            entries: this.entries,
            finishedEntries: this.finishedEntries,
            copiedRows: this.copiedRows.value(),
            totalRows: this.totalRows.value(),
            doneRows: this.doneRows.value(),
            sizeRows: this.sizeRows.value()
        };
        if (p.entries > 0)
            p.percent = percentage(p, pending);
        return p;
    }
}
function progressOf(objects) {
    const count = new ProgressCount();
    for (const o of objects)
        count.add(o);
    return count.value();
}
function percentage(p, pending) {
    if (p.finishedEntries === p.entries)
        return pending ? 99.9 : 100;
    if (p.sizeRows === 0n)
        return 0;
    const tenths = Number((p.doneRows * 1000n) / p.sizeRows);
    return Math.min(999, tenths) / 10;
}
function sampleOf(progress, atMs) {
    return { atMs, doneRows: progress.doneRows, entries: progress.entries };
}
const DEFAULT_RATE = { windowMs: 10 * 60_000, minIntervals: 3 };
/** Samples kept at most, whatever the poll interval. */
const MAX_SAMPLES = 240;
function validInterval(a, b) {
    return b.atMs > a.atMs && b.doneRows >= a.doneRows && b.entries === a.entries;
}
/**
 * Rows per second over the recent polls of `samples` (oldest first); undefined when no rows were
 * seen being copied between two of them.
 */
function copyRate(samples, options = DEFAULT_RATE) {
    const newest = samples[samples.length - 1];
    if (!newest)
        return undefined;
    let done = 0n;
    let ms = 0;
    let intervals = 0;
    /** `ms` up to the oldest interval that copied rows: the time before the copy began is not its time. */
    let msFromFirstRows = 0;
    for (let i = samples.length - 1; i > 0; i--) {
        const a = samples[i - 1];
        const b = samples[i];
        if (newest.atMs - b.atMs >= options.windowMs && intervals >= options.minIntervals)
            break;
        if (!validInterval(a, b))
            continue;
        done += b.doneRows - a.doneRows;
        ms += b.atMs - a.atMs;
        intervals++;
        if (b.doneRows > a.doneRows)
            msFromFirstRows = ms;
    }
    if (done === 0n || msFromFirstRows <= 0)
        return undefined;
    return Number(done) / (msFromFirstRows / 1000);
}
/**
 * `samples` with `sample` added, without the ones no rate will look at again: those older than
 * the window that are not needed for the minimum of intervals, and any beyond {@link MAX_SAMPLES}.
 */
function addSample(samples, sample, options = DEFAULT_RATE) {
    const all = [...samples, sample];
    let first = all.length - 1;
    let intervals = 0;
    // Walk back as copyRate does: keep every sample it could still reach.
    while (first > 0) {
        const b = all[first];
        if (sample.atMs - b.atMs >= options.windowMs && intervals >= options.minIntervals)
            break;
        if (validInterval(all[first - 1], b))
            intervals++;
        first--;
    }
    return all.slice(Math.max(first, all.length - MAX_SAMPLES));
}
/** Whole seconds still needed at `rate`; undefined when nothing is left or no rate is known. */
function etaSeconds(progress, rate) {
    const left = progress.sizeRows - progress.doneRows;
    if (left <= 0n || rate === undefined || !(rate > 0))
        return undefined;
    const seconds = Math.ceil(Number(left) / rate);
    return Number.isFinite(seconds) ? seconds : undefined;
}
/**
 * `snapshot` with the copy rate and the time left over `samples` (the earlier polls' and its
 * own, oldest first); the fields stay absent while they are not known.
 */
function withRate(snapshot, samples) {
    const rate = copyRate(samples);
    const eta = etaSeconds(snapshot.progress, rate);
    const rated = { ...snapshot };
    if (rate !== undefined)
        rated.rate = rate;
    if (eta !== undefined)
        rated.etaSeconds = eta;
    return rated;
}
/** `snapshot` without a copy rate or a time left (a copy that failed will not move again). */
function withoutRate(snapshot) {
    if (snapshot.rate === undefined && snapshot.etaSeconds === undefined)
        return snapshot;
    const unrated = { ...snapshot };
    delete unrated.rate;
    delete unrated.etaSeconds;
    return unrated;
}


/***/ }),

/***/ 1688:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Is: () => (/* binding */ isSettled),
/* harmony export */   Jk: () => (/* binding */ jobSettled),
/* harmony export */   sG: () => (/* binding */ outcomeOf),
/* harmony export */   ug: () => (/* binding */ failsStep)
/* harmony export */ });
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3054);

/**
 * An object's outcome: pending while NotStarted or Migrating in a waited-on section; running
 * (never blocking) while NotStarted or Migrating in `incremental`; a status the action does not
 * know is pending in any section, never done; a failure matched by `ignore` is ignored.
 */
function outcomeOf(object, ignored) {
    switch (object.state) {
        case 'Finished':
            return 'finished';
        case 'Failed':
            return ignored(object) ? 'ignored' : 'failed';
        case 'NotStarted':
        case 'Migrating':
            return _types_js__WEBPACK_IMPORTED_MODULE_0__/* .WAITED_SECTIONS */ .m3.has(object.section) ? 'pending' : 'running';
        default:
            return 'pending';
    }
}
/** A job is settled when it reported objects and none of them is pending or failed. */
function jobSettled(counts) {
    return counts.total > 0 && counts.pending === 0 && counts.failed === 0;
}
/**
 * Nothing pending, every job heard from (a job that reports no objects at all is pending, never
 * finished), and no job's lists moved while the poll read them.
 */
function isSettled(snapshot) {
    return snapshot.counts.pending === 0 && snapshot.silentJobs.length === 0 && (snapshot.shiftedJobs?.length ?? 0) === 0;
}
/** Whether the step fails for a status: always but for `finished`, and for `timeout` only when asked. */
function failsStep(status, rules) {
    if (status === 'finished')
        return false;
    if (status === 'timeout')
        return rules.failOnTimeout;
    return true;
}


/***/ }),

/***/ 447:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Jt: () => (/* binding */ flag),
/* harmony export */   Qq: () => (/* binding */ text),
/* harmony export */   U9: () => (/* binding */ count),
/* harmony export */   qY: () => (/* binding */ asRecord),
/* harmony export */   u4: () => (/* binding */ isRecord),
/* harmony export */   vs: () => (/* binding */ wholeCount)
/* harmony export */ });
/**
 * DTS writes every scalar as it pleases: `"true"` or `true`, `"9981"` or `9981`, and pop-core
 * parses numbers beyond 2^53 into BigNumber objects. These helpers read such values without
 * ever turning a large count into an inexact float.
 */
function isBigNumberLike(value) {
    // json-bigint's BigNumber (bignumber.js) marks itself with _isBigNumber / isBigNumber.
    const marked = value;
    return (marked._isBigNumber === true || marked.isBigNumber === true) && typeof marked.toFixed === 'function';
}
/** The text of a scalar; `''` for null, undefined, objects and arrays. */
function text(value) {
    switch (typeof value) {
        case 'string':
            return value;
        case 'number':
            if (!Number.isFinite(value))
                return '';
            // Integral floats beyond 2^53 print in full rather than as 1e+21.
            return Number.isInteger(value) ? BigInt(value).toString() : String(value);
        case 'bigint':
        case 'boolean':
            return String(value);
        case 'object':
            return value !== null && isBigNumberLike(value) ? value.toFixed() : '';
        default:
            return '';
    }
}
/** `true`, `"true"` (any case) are true; `false`, `"false"` are false; anything else undefined. */
function flag(value) {
    if (typeof value === 'boolean')
        return value;
    const t = text(value).trim().toLowerCase();
    if (t === 'true')
        return true;
    if (t === 'false')
        return false;
    return undefined;
}
/** A row count as a canonical decimal string, or undefined when it is not a whole number. */
function count(value) {
    const t = text(value).trim();
    if (!/^\d+$/.test(t))
        return undefined;
    return t.replace(/^0+(?=\d)/, '');
}
/** A count DTS writes as a number or a string, as a number; undefined when it is none. */
function wholeCount(value) {
    const n = count(value);
    return n === undefined ? undefined : Number(n);
}
/** A JSON object (not an array, not null): the only kind of value whose fields are read. */
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** `value` when it is a JSON object, else undefined: for reading a field of a field. */
function asRecord(value) {
    return isRecord(value) ? value : undefined;
}


/***/ }),

/***/ 2620:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ detached),
/* harmony export */   q: () => (/* binding */ StringPool)
/* harmony export */ });
/**
 * Copies of the API's strings that keep nothing else alive, one shared copy per repeated value.
 *
 * pop-core's JSON parser (json-bigint) cuts every string out of the text of the answer, and V8
 * keeps a cut of 13 characters or more as a view into that whole text. An object that kept such
 * a string would keep its page alive (the DDL of every object included), which for 100,000
 * objects outweighs the objects many times.
 */
/** A copy of `value` that refers to no larger string; short strings are copies already. */
function detached(value) {
    return value.length < 13 ? value : (' ' + value).slice(1);
}
/**
 * Statuses, database names, types and error messages repeat across entries: one detached copy
 * of each serves them all. One pool serves the pages of one read.
 */
class StringPool {
    limit;
    pool = new Map();
    /** `limit`: distinct values kept for sharing; beyond it values are detached, not shared. */
    constructor(limit = 4096) {
        this.limit = limit;
    }
    /** The pool's copy of `value` (a detached one, added when there is room). */
    shared(value) {
        const known = this.pool.get(value);
        if (known !== undefined)
            return known;
        const copy = detached(value);
        if (this.pool.size < this.limit)
            this.pool.set(copy, copy);
        return copy;
    }
}


/***/ }),

/***/ 3054:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   bP: () => (/* binding */ SECTIONS),
/* harmony export */   im: () => (/* binding */ OUTCOMES),
/* harmony export */   m3: () => (/* binding */ WAITED_SECTIONS)
/* harmony export */ });
const SECTIONS = ['structure', 'constraint', 'data', 'incremental'];
/** Sections whose objects the action waits on; `incremental` never blocks. */
const WAITED_SECTIONS = new Set(['structure', 'constraint', 'data']);
const OUTCOMES = ['finished', 'failed', 'ignored', 'pending', 'running'];


/***/ }),

/***/ 2849:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   tw: () => (/* binding */ installAnswerParser),
/* harmony export */   um: () => (/* binding */ isNotJson)
/* harmony export */ });
/* unused harmony exports NOT_JSON_EXCERPT, notJson, parseAnswer */
/* harmony import */ var json_bigint__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4826);
/* harmony import */ var json_bigint__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(json_bigint__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_stringPool_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(2620);
/**
 * The JSON of DTS's answers, read with the native parser wherever that gives what pop-core's own
 * parser gives.
 *
 * pop-core parses every answer with json-bigint, a parser written in JavaScript that keeps a
 * number of more than 15 characters exact (as a BigNumber object), at four to five times the CPU
 * of the native `JSON.parse`; for a poll of 10,000 objects that is a third of the action's CPU.
 * Yet the answers of DTS write their row counts and times as strings: a number that json-bigint
 * would read otherwise than the native parser is rare. So a quick look at the text decides: when
 * it holds nothing that the two parsers could read apart, the native parser reads it; otherwise
 * json-bigint does, as before.
 *
 * pop-core calls `parse` of json-bigint's module export at each answer, so putting our function
 * there ({@link installAnswerParser}) changes what it uses. A text that is not JSON (a proxy's
 * HTML error page) then comes back as a {@link NotJson} marker instead of a throw of a plain
 * object: pop-core, in verbose mode, hands it over with the HTTP status.
 */


/** json-bigint's own parse, kept before it is replaced. */
const exactParse = (json_bigint__WEBPACK_IMPORTED_MODULE_0___default().parse);
/**
 * What the two parsers may read apart, each a superset of the cases (a match in a string only
 * costs the slower parse):
 * - a number token of more than 15 characters, which json-bigint makes a BigNumber, or one with
 *   an exponent of three digits or more, which may overflow to Infinity (json-bigint refuses
 *   it): a token starts after `:`, `,` or `[` and blanks, so that hex digits in a string (a
 *   request id such as "...5E123...") do not count;
 * - a number at the start of the text (a text that is a number by itself);
 * - a key json-bigint refuses (one that holds `__proto__` or `constructor`, also spelt with `\u`
 *   escapes of those letters, all of them \u0050 to \u007f).
 */
const NUMBER_TO_CHECK = /[:,[][ \t\n\r]*(?:[-\d][-+.\deE]{15}|-?\d+(?:\.\d+)?[eE][-+]?\d{3})/;
const LEADING_NUMBER = /^[ \t\n\r]*[-\d]/;
const GUARDED_KEY = /__proto__|constructor|\\u00[5-7]/;
function needsExactParse(text) {
    return NUMBER_TO_CHECK.test(text) || LEADING_NUMBER.test(text) || GUARDED_KEY.test(text);
}
const NOT_JSON = Symbol('not JSON');
/** Characters of a text that is not JSON kept for a message. */
const NOT_JSON_EXCERPT = 200;
/** The marker of `text`, which is not JSON. */
function notJson(text) {
    let end = Math.min(text.length, NOT_JSON_EXCERPT);
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff)
        end--;
    // A copy, so that the marker does not keep a large page alive through a slice of it.
    return Object.freeze({ [NOT_JSON]: true, excerpt: (0,_core_stringPool_js__WEBPACK_IMPORTED_MODULE_1__/* .detached */ .h)(text.slice(0, end)), length: text.length });
}
/** Whether `value` is the marker of a text that is not JSON; no JSON text can make one. */
function isNotJson(value) {
    return typeof value === 'object' && value !== null && NOT_JSON in value;
}
/**
 * The value of an answer's text as json-bigint reads it (numbers of more than 15 characters as
 * BigNumber objects), read by the native parser where that gives the same; a text that neither
 * parser takes gives its {@link NotJson} marker. Objects of the native parser have Object's
 * prototype, json-bigint's none: only their own fields are read.
 */
function parseAnswer(text) {
    if (!needsExactParse(text)) {
        try {
            return JSON.parse(text);
        }
        catch {
            // json-bigint takes some texts the native parser refuses (control characters in strings, `01`).
        }
    }
    try {
        return exactParse(text);
    }
    catch {
        return notJson(text);
    }
}
/** What is put onto json-bigint's export: pop-core hands it the answer's Buffer. */
function parseForPopCore(source, reviver) {
    if (reviver !== undefined)
        return exactParse(source, reviver);
    return parseAnswer(typeof source === 'string' ? source : String(source));
}
/** Makes pop-core (and anything else that calls json-bigint's own `parse`) read answers with {@link parseAnswer}. */
function installAnswerParser() {
    (json_bigint__WEBPACK_IMPORTED_MODULE_0___default().parse) = parseForPopCore;
}


/***/ }),

/***/ 6412:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Tp: () => (/* binding */ listsPage),
/* harmony export */   WB: () => (/* binding */ jobStatus),
/* harmony export */   q$: () => (/* binding */ CALLS)
/* harmony export */ });
/* harmony import */ var _core_job_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1576);
/* harmony import */ var _core_normalize_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(2028);
/* harmony import */ var _currentCalls_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(6599);
/**
 * The DTS calls the gate makes, one descriptor each: the API action, its parameters, the fields
 * a successful answer has at least one of, how the answer is read into the core's plain data,
 * its label in the log, and the RAM permission it needs. The client makes any of them the same
 * way (client.ts); adding a call is its descriptor here, its reader in the core, its rule and
 * its words.
 */



/** DescribeInitializationStatus: one page of a job's lists of objects. */
const listsPage = {
    action: 'DescribeInitializationStatus',
    permission: 'dts:DescribeInitializationStatus',
    params: ({ jobId, instanceId, pageNum, pageSize }, region) => ({
        SynchronizationJobId: instanceId ?? jobId,
        RegionId: region,
        PageSize: String(pageSize),
        PageNum: String(pageNum)
    }),
    answerFields: ['Success', 'StructureInitializationDetails', 'DataInitializationDetails', 'DataSynchronizationDetails'],
    answers: 'any initialization list',
    read: (body, { jobId, read, before }) => (0,_core_normalize_js__WEBPACK_IMPORTED_MODULE_1__/* .readPage */ .SP)(jobId, body, read, before),
    label: ({ jobId, pageNum }) => `${jobId} page ${pageNum}`
};
/** DescribeSynchronizationJobStatus: the job as a whole (no paging), for a job DescribeDtsJobs does not list. */
const jobStatus = {
    action: 'DescribeSynchronizationJobStatus',
    permission: 'dts:DescribeSynchronizationJobStatus',
    params: ({ jobId, instanceId }, region) => ({ SynchronizationJobId: instanceId ?? jobId, RegionId: region }),
    answerFields: [
        'Success',
        'Status',
        'PrecheckStatus',
        'StructureInitializationStatus',
        'DataInitializationStatus',
        'DataSynchronizationStatus'
    ],
    answers: 'any job state',
    read: (body) => (0,_core_job_js__WEBPACK_IMPORTED_MODULE_0__/* .readJobStatus */ .IW)(body),
    label: ({ jobId }) => `${jobId} job status`
};
/** Every call, in the order a run makes them. */
const CALLS = [_currentCalls_js__WEBPACK_IMPORTED_MODULE_2__/* .dtsJobs */ .Sx, listsPage, jobStatus, _currentCalls_js__WEBPACK_IMPORTED_MODULE_2__/* .tableDetails */ .jQ];


/***/ }),

/***/ 6599:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Es: () => (/* binding */ TABLES_PER_PAGE),
  $p: () => (/* binding */ TASKS_PER_PAGE),
  Sx: () => (/* binding */ dtsJobs),
  jQ: () => (/* binding */ tableDetails)
});

// UNUSED EXPORTS: DELAY_UNIT_MS

// EXTERNAL MODULE: ./src/core/dataCheck.ts
var dataCheck = __nccwpck_require__(6455);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(3916);
// EXTERNAL MODULE: ./src/core/job.ts
var core_job = __nccwpck_require__(1576);
// EXTERNAL MODULE: ./src/core/normalize.ts
var normalize = __nccwpck_require__(2028);
// EXTERNAL MODULE: ./src/core/scalar.ts
var scalar = __nccwpck_require__(447);
;// CONCATENATED MODULE: ./src/core/jobView.ts
/**
 * The current API's view of a job: one DescribeDtsJobs answer read into the same job reading as
 * the legacy job-status answer's (job.ts), plus what only this API says: the task and instance
 * IDs, whether the task verifies its data and how far it is, DTS retrying, and the help pages
 * of an error. Pure,
 * and as defensive as the other readers: any field may be missing or of another type.
 *
 * The entry's common parts are read by the legacy reader itself, its precheck items renamed to
 * the legacy names (`CheckItem`, `CheckResult`, `FailedReason` for `ItemName`, `CheckStatus`,
 * `ErrorMessage`), so that both sources give one reading. `Delay` is read here, in the unit the
 * call's descriptor says (seconds for a synchronization task, milliseconds for a migration task):
 * the unit is the request's, never a guess from the value.
 */





/** Tasks read of one page: DescribeDtsJobs pages by 30 at most, so more is not an answer to it. */
const MAX_TASKS_PER_PAGE = 100;
/** Error codes kept of a job: DTS gives one or two. */
const MAX_ERROR_DETAILS = 10;
/** The precheck with its items under the legacy names, for the legacy reader. */
function legacyPrecheck(value) {
    const precheck = (0,scalar/* asRecord */.qY)(value);
    if (!precheck)
        return value;
    let detail;
    try {
        detail = (0,normalize/* listOf */.c3)(precheck.Detail, 'Detail', ['Detail', 'PrecheckDetail']);
    }
    catch {
        // The items only explain a precheck; the job's Status decides. A malformed list is no list.
        detail = [];
    }
    const items = detail.map((raw) => {
        const item = (0,scalar/* asRecord */.qY)(raw) ?? {};
        return { ItemName: item.CheckItem, CheckStatus: item.CheckResult, ErrorMessage: item.FailedReason, RepairMethod: item.RepairMethod };
    });
    return { ...precheck, Detail: items };
}
function retryOf(value) {
    const retry = (0,scalar/* asRecord */.qY)(value);
    if (!retry || (0,scalar/* flag */.Jt)(retry.Retrying) !== true)
        return undefined;
    const state = { target: (0,scalar/* text */.Qq)(retry.RetryTarget).trim(), message: (0,scalar/* text */.Qq)(retry.ErrMessage) };
    const retries = (0,scalar/* wholeCount */.vs)(retry.RetryCount);
    const seconds = (0,core_job/* decimal */._)(retry.RetryTime);
    const maxSeconds = (0,core_job/* decimal */._)(retry.MaxRetryTime);
    if (retries !== undefined)
        state.count = retries;
    if (seconds !== undefined)
        state.seconds = seconds;
    if (maxSeconds !== undefined)
        state.maxSeconds = maxSeconds;
    return state;
}
function errorDetailsOf(value) {
    if (!Array.isArray(value))
        return [];
    const details = [];
    for (const raw of value) {
        const detail = (0,scalar/* asRecord */.qY)(raw);
        if (!detail)
            continue;
        const code = (0,scalar/* text */.Qq)(detail.ErrorCode).trim();
        const helpUrl = (0,scalar/* text */.Qq)(detail.HelpUrl).trim();
        if (code !== '' || helpUrl !== '')
            details.push({ code, helpUrl });
        if (details.length >= MAX_ERROR_DETAILS)
            break;
    }
    return details;
}
/**
 * One `DtsJobList` entry; `delayUnitMs` is the milliseconds of one unit of its `Delay` (1,000 for
 * a synchronization task). Never throws.
 */
function readTaskEntry(raw, delayUnitMs) {
    const entry = (0,scalar/* isRecord */.u4)(raw) ? raw : {};
    const job = (0,core_job/* readJobStatus */.IW)({
        Status: entry.Status,
        ErrorMessage: entry.ErrorMessage,
        PrecheckStatus: legacyPrecheck(entry.PrecheckStatus),
        StructureInitializationStatus: entry.StructureInitializationStatus,
        DataInitializationStatus: entry.DataInitializationStatus
    });
    job.source = 'current';
    const delay = (0,core_job/* decimal */._)(entry.Delay);
    // Known only while the job replicates, as for the legacy answer (job.ts `knownDelay`).
    const delayMs = delay !== undefined && Number.isFinite(delay * delayUnitMs) ? (0,core_job/* knownDelay */.Fd)(job.state, Math.round(delay * delayUnitMs)) : undefined;
    if (delayMs !== undefined)
        job.delayMs = delayMs;
    const retry = retryOf(entry.RetryState);
    if (retry)
        job.retry = retry;
    const errorDetails = errorDetailsOf(entry.ErrorDetails);
    if (errorDetails.length > 0)
        job.errorDetails = errorDetails;
    const verification = (0,dataCheck/* verificationOf */.zM)(entry.FullDataCheckStatus);
    if (verification)
        job.verification = verification;
    return {
        taskId: (0,scalar/* text */.Qq)(entry.DtsJobId).trim(),
        instanceId: (0,scalar/* text */.Qq)(entry.DtsInstanceID ?? entry.DtsInstanceId).trim(),
        jobType: (0,scalar/* text */.Qq)(entry.JobType).trim(),
        fullDataCheck: (0,scalar/* flag */.Jt)((0,scalar/* asRecord */.qY)(entry.MigrationMode)?.FullDataCheck) === true,
        job
    };
}
/**
 * One DescribeDtsJobs answer (already checked for errors by the client). Entries without a task
 * or instance ID name no job and are left out. @throws MalformedAnswer when `DtsJobList` is no list
 */
function readTaskPage(body, delayUnitMs) {
    const list = (0,normalize/* listOf */.c3)(body.DtsJobList, 'DtsJobList', ['DtsJobList', 'DtsJob']);
    if (list.length > MAX_TASKS_PER_PAGE) {
        throw new errors/* MalformedAnswer */.ol(`DTS listed ${list.length} tasks on one page of DescribeDtsJobs, which pages by 30 at most`);
    }
    const entries = list.map((raw) => readTaskEntry(raw, delayUnitMs)).filter((e) => e.taskId !== '' && e.instanceId !== '');
    const page = { listed: list.length, entries };
    const total = (0,scalar/* wholeCount */.vs)(body.TotalRecordCount);
    if (total !== undefined)
        page.total = total;
    return page;
}

;// CONCATENATED MODULE: ./src/dts/currentCalls.ts
/**
 * The calls of the current DTS API (2020-01-01), one descriptor each (see calls.ts for what a
 * descriptor holds): DescribeDtsJobs, which names a job by its task or instance ID and tells
 * which task an ID is and the job as a whole; DescribeDataCheckTableDetails, the tables a task's
 * full data verification checked.
 */


/** Tasks a page of DescribeDtsJobs holds at most (it accepts 10, 20 and 30), and so the IDs of one request. */
const TASKS_PER_PAGE = 30;
/**
 * Milliseconds of one unit of `Delay` in a DescribeDtsJobs entry, by the `JobType` asked for:
 * seconds for a synchronization task, milliseconds for a migration task.
 */
const DELAY_UNIT_MS = { SYNC: 1000, MIGRATION: 1 };
/** `dtsA`, `dtsA and 11 more`. */
function named(ids) {
    return `${ids[0] ?? ''}${ids.length > 1 ? ` and ${ids.length - 1} more` : ''}`;
}
/** DescribeDtsJobs: the tasks with these IDs, one page of up to 30. */
const dtsJobs = {
    action: 'DescribeDtsJobs',
    permission: 'dts:DescribeDtsJobs',
    params: ({ ids, as, jobType, pageNumber }, region) => ({
        JobType: jobType,
        [as === 'instance' ? 'DtsInstanceId' : 'DtsJobId']: ids.join(','),
        // `RegionId` is deprecated for this call.
        Region: region,
        PageSize: String(TASKS_PER_PAGE),
        PageNumber: String(pageNumber)
    }),
    answerFields: ['Success', 'DtsJobList', 'TotalRecordCount'],
    answers: 'a list of tasks',
    read: (body, { jobType }) => readTaskPage(body, DELAY_UNIT_MS[jobType]),
    label: ({ ids, as, purpose, pageNumber }) => `${purpose} of ${named(ids)}${purpose === 'look-up' ? ` by ${as} ID` : ''}${pageNumber > 1 ? ` page ${pageNumber}` : ''}`
};
/** Tables asked for a page of DescribeDataCheckTableDetails: DTS documents no bound (its example asks for 10). */
const TABLES_PER_PAGE = 100;
/** DescribeDataCheckTableDetails: one page of the tables of a task's full data verification (`CheckType=1`). */
const tableDetails = {
    action: 'DescribeDataCheckTableDetails',
    permission: 'dts:DescribeDataCheckTableDetails',
    // No region parameter: the endpoint says the region.
    params: ({ taskId, tables, pageNumber }) => ({
        DtsJobId: taskId,
        CheckType: '1',
        Status: tables === 'all' ? '-1' : '6',
        PageNumber: String(pageNumber),
        PageSize: String(TABLES_PER_PAGE)
    }),
    answerFields: ['Success', 'TableDetails', 'TotalCount'],
    answers: 'a list of verified tables',
    read: (body) => (0,dataCheck/* readTablePage */.m4)(body),
    label: ({ jobId, tables, pageNumber }) => `${jobId} verification${tables === 'differing' ? ', differing tables,' : ''} page ${pageNumber}`
};


/***/ }),

/***/ 5488:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Co: () => (/* binding */ NETWORK_CODES),
/* harmony export */   Jl: () => (/* binding */ errorFromThrown),
/* harmony export */   Kb: () => (/* binding */ CODE_CHARS),
/* harmony export */   dG: () => (/* binding */ checkAnswer),
/* harmony export */   vZ: () => (/* binding */ MALFORMED_ANSWER)
/* harmony export */ });
/* unused harmony exports hintFor, apiError */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3916);
/* harmony import */ var _core_scalar_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(447);
/* harmony import */ var _text_safe_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(2966);
/* harmony import */ var _answerJson_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(2849);
/* harmony import */ var _calls_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(6412);
/**
 * The edge where answers and failures come in from the wire: whatever pop-core, httpx or the
 * socket threw, and every answer body, becomes either a checked body or a DtsApiError that says
 * what happened and what to check. Errors are normalised here, once; whether one is worth a
 * retry is policy.ts's question.
 *
 * pop-core's own messages and `err.url` hold the whole signed request URL, so nothing here ever
 * reads `message` or `url` of a thrown value: only codes, the answer body and the HTTP status.
 */





/**
 * The code of an answer that passed the checks but that the call's own reader could not read (a
 * list that is not a list): the same answer would come back at once, so it is not retried as a
 * call; the next poll may find the job in another state.
 */
const MALFORMED_ANSWER = 'MalformedAnswer';
/** Characters of an error code shown in a message; the code itself is kept whole for the rules and the report file. */
const CODE_CHARS = 100;
/** Socket-level failures, by their Node error code. */
const NETWORK_CODES = new Set([
    'ECONNRESET',
    'EPIPE',
    'ETIMEDOUT',
    'ECONNABORTED',
    'EAI_AGAIN',
    'ECONNREFUSED',
    'EHOSTUNREACH',
    'ENETUNREACH'
]);
/** What to check for a code; a function of the refused call where the answer depends on it. */
const HINTS = [
    [/^SignatureDoesNotMatch$|^IncompleteSignature/, 'check the key pair: access-key-secret does not belong to access-key-id'],
    [/^InvalidAccessKeyId/, 'check access-key-id: the key does not exist or is disabled'],
    [/^InvalidSecurityToken|^SecurityToken/, 'check security-token: it has expired or does not belong to the key'],
    [/^InvalidTimeStamp/, "check the runner's clock: requests more than 15 minutes off are refused"],
    [
        /InstanceNotFound|^InvalidJobId|NotFound$|^InvalidDtsJobId/,
        'check job-id and region: DTS does not know this synchronization job there'
    ],
    [
        /^Forbidden|^NoPermission|^NotAuthorized|PermissionDenied$/,
        (call) => `check the RAM policy of the key: it must allow ${call.permission} on this job, or attach the system policy ` +
            `AliyunDTSReadOnlyAccess, which allows ${listed(_calls_js__WEBPACK_IMPORTED_MODULE_3__/* .CALLS */ .q$.map((c) => c.permission))}`
    ],
    [/^InvalidRegionId/, 'check region'],
    [/^InvalidParameter|^MissingParameter/, 'check the inputs job-id, region and page-size']
];
/** `a`, `a and b`, `a, b and c`. */
function listed(items) {
    return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
function hintFor(code, call) {
    const hint = HINTS.find(([re]) => re.test(code))?.[1];
    return typeof hint === 'function' ? hint(call) : hint;
}
function field(value, key) {
    if (!(0,_core_scalar_js__WEBPACK_IMPORTED_MODULE_4__/* .isRecord */ .u4)(value))
        return undefined;
    const v = value[key];
    return typeof v === 'string' || typeof v === 'number' ? String(v) : undefined;
}
/**
 * The gateway's own words, made safe to print: `SignatureDoesNotMatch` answers repeat the
 * string to sign, which holds the key id and the security token (encoded twice, so the runner's
 * masking would not catch it). Anything from there on, and any signed-query fragment, goes.
 */
function safeApiMessage(message) {
    if (!message)
        return undefined;
    let safe = message.replace(/\s*(server )?string ?to ?sign[\s\S]*$/i, '');
    safe = safe.replace(/[^\s]*(AccessKeyId|SecurityToken|Signature)(=|%3D|%253D)[^\s]*/gi, '[redacted]');
    return (0,_text_safe_js__WEBPACK_IMPORTED_MODULE_1__/* .safeLine */ .om)(safe, 500) || undefined;
}
/** An API error named by the answer body (gateway `Code` or `ErrCode` with `Success: false`). */
function apiError(code, message, requestId, httpStatus, call) {
    const said = safeApiMessage(message);
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DtsApiError */ .Ou(code, `DTS refused the call: ${(0,_text_safe_js__WEBPACK_IMPORTED_MODULE_1__/* .safeLine */ .om)(code, CODE_CHARS)}${said ? ` (${said})` : ''}`, {
        requestId,
        httpStatus,
        hint: hintFor(code, call)
    });
}
/** Anything pop-core, httpx or the socket threw while making `call`. */
function errorFromThrown(thrown, call) {
    if (thrown instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DtsApiError */ .Ou)
        return thrown;
    const t = (0,_core_scalar_js__WEBPACK_IMPORTED_MODULE_4__/* .isRecord */ .u4)(thrown) ? thrown : {};
    const name = typeof t.name === 'string' ? t.name : '';
    const code = typeof t.code === 'string' ? t.code : '';
    // Gateway error: pop-core threw with the parsed body in `data`.
    if (t.data !== undefined && field(t.data, 'Code') !== undefined) {
        const status = t.entry?.response?.statusCode;
        return apiError(field(t.data, 'Code'), field(t.data, 'Message'), field(t.data, 'RequestId'), status, call);
    }
    // A body that is not JSON (an HTML error page from a proxy): pop-core throws a plain object.
    if (name === 'SyntaxError') {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DtsApiError */ .Ou('InvalidResponse', 'DTS answered with a body that is not JSON (for example a proxy error page)');
    }
    // pop-core reads `.Code` of the parsed body: a body of `null` makes it throw a TypeError.
    if (name === 'TypeError')
        return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DtsApiError */ .Ou('InvalidResponse', 'DTS answered with a JSON body that is not an object');
    if (name === 'RequestTimeoutError' || code === 'RequestTimeout') {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DtsApiError */ .Ou('RequestTimeout', 'DTS did not answer within request-timeout');
    }
    if (NETWORK_CODES.has(code) || /socket hang up/i.test(typeof t.message === 'string' ? t.message : '')) {
        const c = code || 'ECONNRESET';
        return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DtsApiError */ .Ou(c, `the connection to DTS failed (${c})`);
    }
    if (code === 'ENOTFOUND' || code.startsWith('ERR_TLS') || code.includes('CERT')) {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DtsApiError */ .Ou(code, `could not reach DTS (${(0,_text_safe_js__WEBPACK_IMPORTED_MODULE_1__/* .safeLine */ .om)(code, CODE_CHARS)})`, { hint: 'check endpoint' });
    }
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DtsApiError */ .Ou(code || 'UnknownFailure', `the call to DTS failed${code || name ? ` (${(0,_text_safe_js__WEBPACK_IMPORTED_MODULE_1__/* .safeLine */ .om)(code || name, CODE_CHARS)})` : ''}`);
}
/**
 * The checks pop-core leaves to us: `Success: false`, HTTP errors without a `Code`, and an
 * answer with none of the fields `call` answers with. Returns the body as a record.
 */
function checkAnswer(body, httpStatus, call) {
    if ((0,_answerJson_js__WEBPACK_IMPORTED_MODULE_2__/* .isNotJson */ .um)(body)) {
        const status = httpStatus !== undefined ? ` with HTTP ${httpStatus}` : '';
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DtsApiError */ .Ou('InvalidResponse', `DTS answered${status} with a body that is not JSON (for example a proxy error page)`, {
            httpStatus
        });
    }
    const record = (0,_core_scalar_js__WEBPACK_IMPORTED_MODULE_4__/* .isRecord */ .u4)(body) ? body : undefined;
    const requestId = record ? (0,_core_scalar_js__WEBPACK_IMPORTED_MODULE_4__/* .text */ .Qq)(record.RequestId) || undefined : undefined;
    if (record && ((0,_core_scalar_js__WEBPACK_IMPORTED_MODULE_4__/* .flag */ .Jt)(record.Success) === false || (record.ErrCode !== undefined && (0,_core_scalar_js__WEBPACK_IMPORTED_MODULE_4__/* .flag */ .Jt)(record.Success) !== true))) {
        throw apiError((0,_core_scalar_js__WEBPACK_IMPORTED_MODULE_4__/* .text */ .Qq)(record.ErrCode) || 'UnknownError', (0,_core_scalar_js__WEBPACK_IMPORTED_MODULE_4__/* .text */ .Qq)(record.ErrMessage) || undefined, requestId, httpStatus, call);
    }
    if (httpStatus !== undefined && httpStatus >= 400) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DtsApiError */ .Ou('HttpError', `DTS answered HTTP ${httpStatus} without an error code`, { httpStatus, requestId });
    }
    if (!record)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DtsApiError */ .Ou('InvalidResponse', 'DTS answered with something other than a JSON object', { httpStatus });
    // Only true and false, as booleans or text, say how the call went: `[false]`, `null` or `"no"`
    // is a malformed answer, never a success.
    if (record.Success !== undefined && (0,_core_scalar_js__WEBPACK_IMPORTED_MODULE_4__/* .flag */ .Jt)(record.Success) === undefined) {
        const kind = Array.isArray(record.Success) ? 'array' : record.Success === null ? 'null' : typeof record.Success;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DtsApiError */ .Ou('InvalidResponse', `DTS answered with a Success that is neither true nor false (${kind})`);
    }
    if (!call.answerFields.some((key) => key in record)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DtsApiError */ .Ou('InvalidResponse', `DTS answered without Success or ${call.answers}`);
    }
    return record;
}


/***/ }),

/***/ 3916:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ou: () => (/* binding */ DtsApiError),
/* harmony export */   S: () => (/* binding */ asRunError),
/* harmony export */   cc: () => (/* binding */ CancelledError),
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   lE: () => (/* binding */ CredentialsError),
/* harmony export */   ol: () => (/* binding */ MalformedAnswer),
/* harmony export */   u6: () => (/* binding */ refusedValue)
/* harmony export */ });
/* harmony import */ var _text_safe_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2966);
/**
 * The error kinds the action raises on purpose. Their messages are written for the person
 * reading the log: they name what was wrong and never contain a secret or a signed URL.
 */

/** A refused input value as its error message shows it: quoted, its first 100 characters and `…`, nothing hidden. */
function refusedValue(text) {
    return (0,_text_safe_js__WEBPACK_IMPORTED_MODULE_0__/* .safeQuoted */ .OO)(text, 103);
}
/** An input value the action cannot use; raised before any call is made. */
class InputError extends Error {
    input;
    name = 'InputError';
    constructor(
    /** The input's name as written in a workflow, e.g. `poll-interval`. */
    input, message) {
        super(message);
        this.input = input;
    }
}
/** Credentials missing, incomplete, or not obtainable (OIDC / STS). */
class CredentialsError extends Error {
    name = 'CredentialsError';
}
/** An answer from DTS (or the transport to it) that the action could not use. */
class DtsApiError extends Error {
    code;
    name = 'DtsApiError';
    requestId;
    httpStatus;
    /** What the person should check, e.g. "check the key pair". */
    hint;
    constructor(
    /** API error code (`Throttling.User`, `InvalidJobId.NotFound`, ...) or a transport code
     *  of ours (`ECONNRESET`, `RequestTimeout`, `InvalidResponse`, `HttpError`). */
    code, message, options = {}) {
        super(message);
        this.code = code;
        this.requestId = options.requestId;
        this.httpStatus = options.httpStatus;
        this.hint = options.hint;
    }
    /** One line for the log and the failure message: what happened, what to check, the request id. */
    explain() {
        const { hint, requestId } = this;
        return `${this.message}${hint ? `: ${hint}` : ''}${requestId ? ` [RequestId ${(0,_text_safe_js__WEBPACK_IMPORTED_MODULE_0__/* .safeLine */ .om)(requestId, 100)}]` : ''}`;
    }
}
/**
 * An answer that does not read as DTS documents it (a list that is not a list, a body that is
 * not an object). The core's readers raise it; the DTS client turns it into an `InvalidResponse`.
 */
class MalformedAnswer extends Error {
    name = 'MalformedAnswer';
}
/** The run was cancelled (SIGINT/SIGTERM) while waiting. */
class CancelledError extends Error {
    signal;
    name = 'CancelledError';
    constructor(
    /** The signal that cancelled the run, when one did. */
    signal) {
        super('the run was cancelled');
        this.signal = signal;
    }
}
/** A thrown value as the error a run ends with: the gate's own kinds as they are, anything else as an unknown failure. */
function asRunError(thrown) {
    if (thrown instanceof InputError ||
        thrown instanceof CredentialsError ||
        thrown instanceof DtsApiError ||
        thrown instanceof CancelledError) {
        return thrown;
    }
    const name = thrown instanceof Error ? thrown.name : typeof thrown;
    return new DtsApiError('UnknownFailure', `the run failed unexpectedly (${(0,_text_safe_js__WEBPACK_IMPORTED_MODULE_0__/* .safeLine */ .om)(name, 100)})`);
}


/***/ }),

/***/ 7977:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  e: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./src/core/checkRules.ts
var checkRules = __nccwpck_require__(8728);
;// CONCATENATED MODULE: ./src/core/ignore.ts
/** `?` inside a piece. */
const ANY = null;
const UNCOUNTED = { steps: 0 };
function compileGlob(pattern) {
    const pieces = [[]];
    for (const ch of pattern) {
        const piece = pieces[pieces.length - 1];
        if (ch === '*')
            pieces.push([]);
        else if (ch === '?')
            piece.push(ANY);
        else if (typeof piece[piece.length - 1] === 'string')
            piece[piece.length - 1] += ch;
        else
            piece.push(ch);
    }
    const starred = pieces.length > 1;
    // Between the first and the last piece, empty pieces (from `**`) change nothing.
    const kept = starred
        ? [pieces[0], ...pieces.slice(1, -1).filter((p) => p.length > 0), pieces[pieces.length - 1]]
        : pieces;
    return { pieces: kept, starred };
}
const isHigh = (code) => code >= 0xd800 && code <= 0xdbff;
const isLow = (code) => code >= 0xdc00 && code <= 0xdfff;
/** Whether position `at` of `text` lies between two code points (not inside a surrogate pair). */
const between = (text, at) => !(isLow(text.charCodeAt(at)) && isHigh(text.charCodeAt(at - 1)));
/** Where `piece` ends when it starts at `at`, or -1. */
function forward(name, at, piece, counter) {
    let pos = at;
    for (const token of piece) {
        if (token === ANY) {
            if (pos >= name.length)
                return -1;
            counter.steps++;
            pos += isHigh(name.charCodeAt(pos)) && isLow(name.charCodeAt(pos + 1)) ? 2 : 1;
        }
        else {
            counter.steps += token.length;
            if (!name.startsWith(token, pos))
                return -1;
            pos += token.length;
            if (!between(name, pos))
                return -1;
        }
    }
    return pos;
}
/** Where `piece` starts when it ends at `end`, or -1. */
function backward(name, end, piece, counter) {
    let pos = end;
    for (let i = piece.length - 1; i >= 0; i--) {
        const token = piece[i];
        if (token === ANY) {
            if (pos <= 0)
                return -1;
            counter.steps++;
            pos -= isLow(name.charCodeAt(pos - 1)) && isHigh(name.charCodeAt(pos - 2)) ? 2 : 1;
        }
        else {
            counter.steps += token.length;
            if (!name.endsWith(token, pos))
                return -1;
            pos -= token.length;
            if (!between(name, pos))
                return -1;
        }
    }
    return pos;
}
/** Where the leftmost match of `piece` within `from`..`to` ends, or -1. */
function leftmost(name, from, to, piece, counter) {
    const lead = piece[0];
    for (let at = from; at <= to; at++) {
        if (typeof lead === 'string') {
            // The native search skips ahead to the next place where the piece can start.
            const next = name.indexOf(lead, at);
            counter.steps += (next < 0 || next > to ? to : next) - at + 1;
            if (next < 0 || next > to)
                return -1;
            at = next;
        }
        if (!between(name, at))
            continue;
        const end = forward(name, at, piece, counter);
        if (end >= 0)
            return end <= to ? end : -1; // a later start only ends later
    }
    return -1;
}
/** Whether `name` matches `glob`; `counter` counts the characters compared or skipped. */
function matchGlob(glob, name, counter = UNCOUNTED) {
    const { pieces } = glob;
    const first = pieces[0] ?? [];
    if (!glob.starred)
        return forward(name, 0, first, counter) === name.length;
    const firstEnd = forward(name, 0, first, counter);
    const lastStart = firstEnd < 0 ? -1 : backward(name, name.length, pieces[pieces.length - 1] ?? [], counter);
    if (lastStart < firstEnd)
        return false;
    let from = firstEnd;
    for (let p = 1; p < pieces.length - 1 && from >= 0; p++)
        from = leftmost(name, from, lastStart, pieces[p] ?? [], counter);
    return from >= 0;
}
function ignoreMatcher(patterns) {
    if (patterns.length === 0)
        return () => false;
    const globs = patterns.map(compileGlob);
    return (object) => {
        const name = `${object.sourceDatabase}.${object.name}`;
        return globs.some((glob) => matchGlob(glob, name));
    };
}

// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(3916);
// EXTERNAL MODULE: ./src/core/rules.ts
var core_rules = __nccwpck_require__(1688);
;// CONCATENATED MODULE: ./src/core/verdict.ts
/**
 * The verdict, built here and nowhere else: the decision over a complete poll (the objects'
 * waiting rules, then the job rules, in one order of precedence), and the Verdict record that a
 * run ends with, whatever ended it.
 *
 * In order of precedence:
 * 1. a job failed as a whole (not ignored): `failed`, at the poll that sees it, whatever its
 *    objects say and with or without `fail-fast`;
 * 2. the objects decided `failed` (a failed object with `fail-fast`, or settled, or at the
 *    deadline with a failure): `failed`;
 * 3. the full data verification found tables that differ or failed, or failed as a whole:
 *    `failed`, at the poll that sees it (a finished verification does not change);
 * 4. with `max-delay`, a job whose state could not be read: `error` (the delay can never be
 *    judged, so waiting on would only end in a timeout that hides why); the same with
 *    `data-check: true` for a verification that cannot be read — unless an object has failed
 *    already, which makes it `failed` (a failure seen wins over an error);
 * 5. the objects decided `finished`: `finished` if every verification waited on has passed and,
 *    with `max-delay`, every job's delay meets it; otherwise keep waiting, and at the deadline
 *    `timeout` (the verification, else the delay, is what is missing);
 * 6. the objects decided `timeout`: `timeout`;
 * 7. otherwise keep waiting.
 *
 * So the verdict is `finished` only when the objects' rules said `finished` (every waited-on
 * object seen Finished, or failed and ignored): no job state can make it so on its own. A
 * failure seen wins over an error and a timeout, because the step fails either way and the
 * failure is the news.
 */


/**
 * The objects' rules alone. At the deadline there is always a decision: a failure already seen
 * wins over the timeout.
 */
function objectDecision(snapshot, rules, deadlineReached) {
    const failed = snapshot.counts.failed > 0;
    if (failed && rules.failFast)
        return 'failed';
    if ((0,core_rules/* isSettled */.Is)(snapshot))
        return failed ? 'failed' : 'finished';
    if (deadlineReached)
        return failed ? 'failed' : 'timeout';
    return undefined;
}
/** Whether the full data verification of some job found tables that differ or failed, or failed as a whole. */
function checkFailed(checks) {
    return (checks?.jobs ?? []).some((j) => j.standing === 'differs' || j.standing === 'failed');
}
/**
 * The order of precedence (see the module comment) over the objects' decision, the job rules and
 * the verification; `failedSeen`: the poll saw a failed object (not ignored), which wins over an error.
 */
function precedence(objects, jobs, deadlineReached, checks, failedSeen = false) {
    if (jobs.failed.length > 0)
        return { status: 'failed', decidedBy: 'job-failed' };
    if (objects === 'failed')
        return { status: 'failed', decidedBy: 'objects' };
    if (checkFailed(checks))
        return { status: 'failed', decidedBy: 'data-check' };
    const unreadable = jobs.unreadable.length > 0 || (checks?.unreadable.length ?? 0) > 0;
    if (unreadable && failedSeen)
        return { status: 'failed', decidedBy: 'objects' };
    if (jobs.unreadable.length > 0)
        return { status: 'error', decidedBy: 'job-unreadable' };
    if ((checks?.unreadable.length ?? 0) > 0)
        return { status: 'error', decidedBy: 'data-check' };
    if (objects === 'finished') {
        if (checks && !checks.holds)
            return { status: deadlineReached ? 'timeout' : undefined, decidedBy: 'data-check' };
        if (!jobs.delay.required || jobs.delay.holds)
            return { status: 'finished', decidedBy: 'objects' };
        return { status: deadlineReached ? 'timeout' : undefined, decidedBy: 'delay' };
    }
    if (objects === 'timeout')
        return { status: 'timeout', decidedBy: 'objects' };
    return { status: undefined };
}
/** The decision of one complete poll. At the deadline it always has a status. */
function decide(snapshot, rules, deadlineReached) {
    return precedence(objectDecision(snapshot, rules, deadlineReached), snapshot.jobJudgement, deadlineReached, snapshot.dataCheck, snapshot.counts.failed > 0);
}
function verdictOf(ending, rules) {
    return { ...ending, fail: (0,core_rules/* failsStep */.ug)(ending.status, rules) };
}
/** A run that ended on an error before or while it polled: `cancelled` for a cancellation, else `error`. */
function errorVerdict(error, seen) {
    const status = error instanceof errors/* CancelledError */.cc ? 'cancelled' : 'error';
    return verdictOf({ ...seen, status, error }, { failOnTimeout: true });
}

;// CONCATENATED MODULE: ./src/credentials/credentials.ts
/**
 * Static credentials: from the inputs, else the ALIBABA_CLOUD_* variables, else the ALICLOUD_*
 * ones. The first source with an access key id gives the id, the secret and the token together;
 * sources are never mixed. Messages name variables, never values.
 */

const INPUT_NAMES = { id: 'access-key-id', secret: 'access-key-secret', token: 'security-token' };
const SOURCE_INPUTS = 'inputs';
function sources(keys, env) {
    const fromEnv = (name) => (env[name] ?? '').trim();
    const given = {
        [INPUT_NAMES.id]: keys.accessKeyId,
        [INPUT_NAMES.secret]: keys.accessKeySecret,
        [INPUT_NAMES.token]: keys.securityToken
    };
    return [
        {
            source: SOURCE_INPUTS,
            names: INPUT_NAMES,
            get: (name) => (given[name] ?? '').trim()
        },
        {
            source: 'ALIBABA_CLOUD_* environment variables',
            names: {
                id: 'ALIBABA_CLOUD_ACCESS_KEY_ID',
                secret: 'ALIBABA_CLOUD_ACCESS_KEY_SECRET',
                token: 'ALIBABA_CLOUD_SECURITY_TOKEN'
            },
            get: fromEnv
        },
        {
            source: 'ALICLOUD_* environment variables',
            names: { id: 'ALICLOUD_ACCESS_KEY', secret: 'ALICLOUD_SECRET_KEY', token: 'ALICLOUD_SECURITY_TOKEN' },
            get: fromEnv
        }
    ];
}
/**
 * The static credentials, or `undefined` when no source has an access key id.
 *
 * @throws CredentialsError when the chosen source has an id but no secret, or when the inputs
 *         give access-key-secret / security-token without access-key-id (a workflow that writes
 *         them means to use them; silently falling back to the environment would hide the slip)
 */
function staticCredentials(keys, env) {
    for (const s of sources(keys, env)) {
        const accessKeyId = s.get(s.names.id);
        const accessKeySecret = s.get(s.names.secret);
        const securityToken = s.get(s.names.token);
        if (accessKeyId === '') {
            if (s.source === SOURCE_INPUTS && (accessKeySecret !== '' || securityToken !== '')) {
                const given = accessKeySecret !== '' ? s.names.secret : s.names.token;
                throw new errors/* CredentialsError */.lE(`${given} is set but access-key-id is empty: set access-key-id as well (is the secret it refers to defined and spelled right?)`);
            }
            continue;
        }
        if (accessKeySecret === '') {
            const where = s.source === SOURCE_INPUTS ? 'in the inputs' : 'in the environment';
            throw new errors/* CredentialsError */.lE(`${s.names.id} is set ${where} but ${s.names.secret} is empty or unset: credentials from ${s.source} need both (sources are never mixed)`);
        }
        const creds = { accessKeyId, accessKeySecret, source: s.source };
        if (securityToken !== '')
            creds.securityToken = securityToken;
        return creds;
    }
    return undefined;
}

;// CONCATENATED MODULE: external "node:crypto"
const external_node_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");
// EXTERNAL MODULE: ./src/text/safe.ts
var safe = __nccwpck_require__(2966);
;// CONCATENATED MODULE: ./src/credentials/oidc.ts
/**
 * GitHub OIDC token -> Alibaba Cloud STS AssumeRoleWithOIDC -> temporary credentials.
 * The STS call needs no signature. No message ever contains the ID token, the request body or a
 * returned secret.
 */



/** The STS session asked for: an hour; a longer wait renews the credentials. */
const SESSION_SECONDS = 3600;
const TRUST_HINT = "check role-to-assume, oidc-provider-arn and the role's trust policy for this repository";
/**
 * A RoleSessionName STS accepts: only `[A-Za-z0-9._@-]`, 2 to 64 characters. Other characters
 * become `-`; a name that ends up too short becomes `github-actions`.
 */
function sanitizeSessionName(name) {
    const cleaned = name.replace(/[^A-Za-z0-9._@-]/g, '-').slice(0, 64);
    return cleaned.length >= 2 ? cleaned : 'github-actions';
}
/** Text from STS or GitHub, with `secrets` removed, as one safe line of at most `max` characters. */
function clean(text, secrets, max = 500) {
    return (0,safe/* safeLine */.om)(text, max, { secrets });
}
function str(value) {
    return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';
}
function stsHint(code) {
    if (/audience/i.test(code)) {
        return `check oidc-audience: it must be one of the client IDs of the OIDC provider (default sts.aliyuncs.com); also ${TRUST_HINT}`;
    }
    if (/DurationSeconds/i.test(code))
        return "check the role's maximum session duration";
    if (/Issuer/i.test(code)) {
        return 'check that the OIDC provider in RAM has the issuer URL https://token.actions.githubusercontent.com';
    }
    return TRUST_HINT;
}
/** Name and message of a thrown value; duck-typed, since fetch's DOMException and errors from
 *  another realm are not `instanceof Error`. */
function errorParts(err) {
    if (typeof err === 'object' && err !== null) {
        const e = err;
        return { name: str(e.name), message: str(e.message), cause: e.cause };
    }
    return { name: '', message: String(err) };
}
function describeNetworkError(err, timeoutMs) {
    const { name, message, cause } = errorParts(err);
    if (name === 'TimeoutError' || name === 'AbortError')
        return `no answer within ${timeoutMs} ms`;
    const hasCause = typeof cause === 'object' && cause !== null;
    const inner = hasCause ? errorParts(cause).message : '';
    const code = hasCause ? str(cause.code) : '';
    const parts = [message, code, inner].filter((s, i, all) => s !== '' && all.indexOf(s) === i);
    return parts.length > 0 ? parts.join(': ') : 'unknown network error';
}
/**
 * Exchanges the workflow's OIDC token for temporary credentials.
 *
 * @throws CredentialsError when STS refuses (with its code, message, RequestId and a hint) or
 *         cannot be reached
 */
async function assumeRoleWithOidc(args) {
    const fetchImpl = args.fetchImpl ?? fetch;
    const endpoint = args.stsEndpoint.replace(/\/+$/, '');
    const form = new URLSearchParams({
        Action: 'AssumeRoleWithOIDC',
        Version: '2015-04-01',
        Format: 'JSON',
        Timestamp: new Date().toISOString().replace(/\.\d{3}Z$/, 'Z'),
        SignatureNonce: (0,external_node_crypto_namespaceObject.randomUUID)(),
        RoleArn: args.roleArn,
        OIDCProviderArn: args.providerArn,
        OIDCToken: args.idToken,
        RoleSessionName: sanitizeSessionName(args.sessionName),
        DurationSeconds: String(SESSION_SECONDS)
    });
    const secrets = [args.idToken];
    const unreachable = (why) => new errors/* CredentialsError */.lE(`STS AssumeRoleWithOIDC could not be reached at ${endpoint}: ${clean(why, secrets)} (check sts-endpoint and the runner's network access)`);
    let status;
    let text;
    try {
        const response = await fetchImpl(`${endpoint}/`, {
            method: 'POST',
            headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
            body: form.toString(),
            // A redirect could carry the token elsewhere; STS never redirects.
            redirect: 'error',
            signal: AbortSignal.timeout(args.timeoutMs)
        });
        status = response.status;
        text = await response.text();
    }
    catch (err) {
        throw unreachable(describeNetworkError(err, args.timeoutMs));
    }
    let body;
    try {
        body = JSON.parse(text);
    }
    catch {
        throw unreachable(`HTTP ${status}, the answer is not JSON`);
    }
    if (typeof body !== 'object' || body === null)
        throw unreachable(`HTTP ${status}, the answer is not a JSON object`);
    const record = body;
    const requestId = str(record.RequestId);
    const withId = requestId !== '' ? ` (RequestId ${clean(requestId, secrets, 100)})` : '';
    const code = str(record.Code);
    if (code !== '') {
        const message = str(record.Message);
        throw new errors/* CredentialsError */.lE(`STS AssumeRoleWithOIDC refused the role ${args.roleArn}: ${clean(code, secrets, 100)}` +
            (message !== '' ? `: ${clean(message, secrets)}` : '') +
            `${withId}; ${stsHint(code)}`);
    }
    const c = record.Credentials;
    const cr = typeof c === 'object' && c !== null ? c : {};
    const accessKeyId = str(cr.AccessKeyId);
    const accessKeySecret = str(cr.AccessKeySecret);
    const securityToken = str(cr.SecurityToken);
    const missing = [
        accessKeyId === '' ? 'AccessKeyId' : '',
        accessKeySecret === '' ? 'AccessKeySecret' : '',
        securityToken === '' ? 'SecurityToken' : ''
    ].filter((s) => s !== '');
    if (missing.length > 0) {
        throw new errors/* CredentialsError */.lE(`STS AssumeRoleWithOIDC answered HTTP ${status} without usable credentials (missing ${missing.join(', ')})${withId}`);
    }
    return { accessKeyId, accessKeySecret, securityToken, source: `OIDC (role ${args.roleArn})` };
}
const NO_ID_TOKEN = "role-to-assume needs the workflow's OIDC token, but it is not available: add `permissions: id-token: write` to the job (or workflow)";
/**
 * Asks GitHub for the workflow's OIDC token.
 *
 * @throws CredentialsError when the job lacks `id-token: write` or the request fails
 */
async function requestIdToken(audience, getIDToken, env) {
    const requestToken = (env.ACTIONS_ID_TOKEN_REQUEST_TOKEN ?? '').trim();
    if ((env.ACTIONS_ID_TOKEN_REQUEST_URL ?? '').trim() === '' || requestToken === '') {
        throw new errors/* CredentialsError */.lE(NO_ID_TOKEN);
    }
    let token;
    try {
        token = await getIDToken(audience);
    }
    catch (err) {
        const why = errorParts(err).message || String(err);
        throw new errors/* CredentialsError */.lE(`could not get the workflow's OIDC token for audience ${(0,errors/* refusedValue */.u6)(audience)}: ${clean(why, [requestToken])}; role-to-assume needs \`permissions: id-token: write\` on the job (or workflow)`);
    }
    if (typeof token !== 'string' || token.trim() === '') {
        throw new errors/* CredentialsError */.lE(`GitHub returned an empty OIDC token for audience ${(0,errors/* refusedValue */.u6)(audience)}`);
    }
    return token.trim();
}

;// CONCATENATED MODULE: ./src/credentials/resolve.ts
/**
 * The credential chain: OIDC when role-to-assume is set, else static credentials; everything
 * secret is masked as soon as it is known. OIDC credentials come with `renew`, which repeats the
 * exchange when the STS session has run out.
 */



const NO_CREDENTIALS = 'No Alibaba Cloud credentials: set access-key-id and access-key-secret, the ALIBABA_CLOUD_ACCESS_KEY_ID/ALIBABA_CLOUD_ACCESS_KEY_SECRET variables, or role-to-assume with oidc-provider-arn';
/** Masks `value` and, when it differs, its URL-encoded form (as it would appear in a URL). */
function mask(setSecret, value) {
    if (value === undefined || value === '')
        return;
    setSecret(value);
    const encoded = encodeURIComponent(value);
    if (encoded !== value)
        setSecret(encoded);
}
/**
 * Resolves the credentials the DTS client uses.
 *
 * @throws CredentialsError when there are none, they are incomplete, or STS refuses
 */
async function resolveCredentials(inputs, env, deps) {
    if (inputs.oidc !== undefined) {
        const oidc = inputs.oidc;
        const run = env.GITHUB_RUN_ID ?? '';
        const attempt = env.GITHUB_RUN_ATTEMPT ?? '';
        const sessionName = run === '' ? 'github-actions' : `github-actions-${run}${attempt !== '' ? `-${attempt}` : ''}`;
        // Each exchange (the first, and each renewal) asks for a new ID token: GitHub's lasts
        // minutes, the STS session an hour.
        const exchange = async () => {
            const idToken = await requestIdToken(oidc.audience, (aud) => deps.getIDToken(aud), env);
            deps.setSecret(idToken);
            const args = {
                stsEndpoint: oidc.stsEndpoint,
                roleArn: oidc.roleArn,
                providerArn: oidc.providerArn,
                idToken,
                sessionName,
                timeoutMs: inputs.requestTimeoutMs
            };
            if (deps.fetchImpl !== undefined)
                args.fetchImpl = deps.fetchImpl;
            const creds = await assumeRoleWithOidc(args);
            mask(deps.setSecret, creds.accessKeySecret);
            mask(deps.setSecret, creds.securityToken);
            creds.renew = exchange;
            return creds;
        };
        return exchange();
    }
    const creds = staticCredentials(inputs.keys, env);
    if (creds === undefined)
        throw new errors/* CredentialsError */.lE(NO_CREDENTIALS);
    mask(deps.setSecret, creds.accessKeySecret);
    mask(deps.setSecret, creds.securityToken);
    return creds;
}

;// CONCATENATED MODULE: ./src/dts/limiter.ts
/**
 * A shared cap on API calls in flight, across all jobs of a run. It halves itself (down to one)
 * when DTS throttles, so a throttled account is not pressed harder by our own concurrency.
 */
class Limiter {
    limit;
    active = 0;
    waiting = [];
    constructor(limit) {
        this.limit = limit;
    }
    get capacity() {
        return this.limit;
    }
    throttled() {
        this.limit = Math.max(1, Math.floor(this.limit / 2));
    }
    async run(task) {
        // Checked again after each wake-up: the limit may have been halved in the meantime.
        while (this.active >= this.limit)
            await new Promise((resolve) => this.waiting.push(resolve));
        this.active++;
        try {
            return await task();
        }
        finally {
            this.active--;
            if (this.active < this.limit)
                this.waiting.shift()?.();
        }
    }
}

// EXTERNAL MODULE: ./src/dts/wire.ts
var wire = __nccwpck_require__(5488);
;// CONCATENATED MODULE: ./src/dts/policy.ts

/** The code of a read the deadline stopped before its lists ended. */
const POLL_INCOMPLETE = 'PollIncomplete';
/** The code of lists that outgrew the bound of a poll. */
const TOO_MANY_OBJECTS = 'TooManyObjects';
const is4xx = (e) => e.httpStatus !== undefined && e.httpStatus >= 400 && e.httpStatus < 500 && e.httpStatus !== 429;
const POLICY = [
    [(e) => /^(Throttling|ServiceUnavailable|InternalError)|^UnknownError$|^SignatureNonceUsed$/.test(e.code), 'retry-call'],
    [(e) => wire/* NETWORK_CODES */.Co.has(e.code) || e.code === 'RequestTimeout', 'retry-call'],
    [(e) => e.code === POLL_INCOMPLETE || e.code === wire/* MALFORMED_ANSWER */.vZ, 'retry-poll'],
    [
        (e) => /^(SignatureDoesNotMatch|IncompleteSignature|InvalidAccessKeyId|InvalidSecurityToken|SecurityToken|MissingSecurityToken|InvalidTimeStamp)/.test(e.code),
        'fatal'
    ],
    [(e) => e.code === 'ENOTFOUND' || e.code.startsWith('ERR_TLS') || e.code.includes('CERT'), 'fatal'],
    [(e) => e.code === TOO_MANY_OBJECTS || e.code === 'UnknownFailure', 'fatal'],
    // An answer that is no answer: refused for good when it came with a 4xx (the endpoint says
    // no, in HTML or without a code), else worth another try.
    [(e) => (e.code === 'InvalidResponse' || e.code === 'HttpError') && is4xx(e), 'refused'],
    [(e) => e.code === 'InvalidResponse' || e.code === 'HttpError', 'retry-call'],
    [
        (e) => /^(Forbidden|NoPermission|NotAuthorized|InvalidJobId|InvalidDtsJobId|InvalidRegionId|InvalidParameter|MissingParameter|InvalidAction)|InstanceNotFound|NotFound$|PermissionDenied$/.test(e.code),
        'refused'
    ],
    // A code this table does not know: a server error may pass, anything else is the endpoint's no.
    [(e) => e.httpStatus !== undefined && e.httpStatus >= 500, 'retry-call'],
    [() => true, 'refused']
];
function handlingOf(error) {
    return POLICY.find(([matches]) => matches(error))?.[1] ?? 'refused';
}
/** Whether a call that failed with `error` is worth making again at once (with backoff). */
const retriesCall = (error) => handlingOf(error) === 'retry-call';
/** Whether a poll that failed with `error` leaves the wait going (when an earlier poll completed). */
const retriesPoll = (error) => {
    const handling = handlingOf(error);
    return handling === 'retry-call' || handling === 'retry-poll';
};

;// CONCATENATED MODULE: ./src/dts/retry.ts
/**
 * Retries of one API call: exponential backoff with full jitter, a bounded number of attempts,
 * only for what the error policy calls worth a retry, and never a wait that would end past the
 * run's deadline.
 */


const DEFAULT_RETRY = { attempts: 6, baseMs: 400, capMs: 15_000 };
/** Full jitter: a uniform wait between 0 and the capped exponential step. */
function backoffMs(attempt, policy, random) {
    return Math.floor(random() * Math.min(policy.capMs, policy.baseMs * 2 ** (attempt - 1)));
}
/** `call` until it succeeds, or throws what a retry cannot mend (DtsApiError) or CancelledError. */
async function withRetry(call, context) {
    const random = context.random ?? Math.random;
    for (let attempt = 1;; attempt++) {
        try {
            return await call();
        }
        catch (thrown) {
            if (thrown instanceof errors/* CancelledError */.cc)
                throw thrown;
            // Cancelled while the call ran: no retry, and no retry line in the log.
            if (context.signal?.aborted)
                throw new errors/* CancelledError */.cc();
            if (!(thrown instanceof errors/* DtsApiError */.Ou) || !retriesCall(thrown) || attempt >= context.policy.attempts)
                throw thrown;
            const delay = backoffMs(attempt, context.policy, random);
            if (context.clock.now() + delay >= context.deadline)
                throw thrown;
            context.onRetry?.(thrown, attempt, delay);
            await context.clock.sleep(delay, context.signal);
        }
    }
}

;// CONCATENATED MODULE: ./src/dts/caller.ts


/** API calls in flight at once, across all jobs. */
const CONCURRENCY = 4;
function caller(client, settings) {
    const { budget, clock } = settings;
    const limiter = new Limiter(settings.concurrency ?? CONCURRENCY);
    const over = new AbortController();
    const retrySignal = AbortSignal.any([settings.signal, over.signal]);
    const retried = (call, request) => withRetry(() => client.call(call, request), {
        policy: DEFAULT_RETRY,
        deadline: budget.deadline,
        clock,
        signal: retrySignal,
        onRetry: (error, attempt, delayMs) => {
            // A throttled account is not pressed harder by our own concurrency.
            if (error.code.startsWith('Throttling'))
                limiter.throttled();
            settings.onRetry?.(call.label(request), error, attempt, delayMs);
        }
    });
    return {
        limiter,
        retried,
        call: (call, request) => limiter.run(() => retried(call, request)),
        stop: () => over.abort()
    };
}

// EXTERNAL MODULE: ./node_modules/@alicloud/pop-core/lib/rpc.js
var rpc = __nccwpck_require__(9412);
var rpc_default = /*#__PURE__*/__nccwpck_require__.n(rpc);
// EXTERNAL MODULE: ./src/dts/answerJson.ts
var answerJson = __nccwpck_require__(2849);
;// CONCATENATED MODULE: ./src/dts/client.ts
/**
 * One signed DTS call through @alicloud/pop-core, for any call of calls.ts: its parameters,
 * signed and sent as a POST form, the answer checked both ways DTS reports errors (gateway
 * `Code`, and HTTP 200 with `Success: false`) and read by the call's own reader. Everything that
 * can go wrong comes out as a DtsApiError, made at this edge (wire.ts).
 */
// The RPC client alone: the package's main module also loads its ROA client and xml2js, which
// the gate never uses, at every start.





const DTS_API_VERSION = '2020-01-01';
/** How DTS refuses a call signed with an STS token whose session has run out. */
const EXPIRED_TOKEN = /^InvalidSecurityToken\.Expired$/;
class DtsClient {
    options;
    rpc;
    credentials;
    /** Clients replaced on renewal: calls may still be in flight on them, so they close last. */
    retired = [];
    renewing;
    constructor(options) {
        this.options = options;
        // pop-core then reads answers with the native parser where it can, and hands a text that is
        // not JSON back as a marker with its HTTP status instead of throwing it without one.
        (0,answerJson/* installAnswerParser */.tw)();
        this.credentials = options.credentials;
        this.rpc = rpcClient(options.endpoint, options.credentials);
    }
    /**
     * The answer to one request of `call`, checked and read. Throws DtsApiError only. A call
     * refused because the STS token expired is made once more with renewed credentials, when they
     * can be.
     */
    async call(call, request) {
        const params = call.params(request, this.options.region);
        const rpc = this.rpc;
        let body;
        try {
            body = await this.send(rpc, call, params);
        }
        catch (error) {
            if (!(error instanceof errors/* DtsApiError */.Ou) || !EXPIRED_TOKEN.test(error.code) || !this.credentials.renew)
                throw error;
            await this.renew(rpc, error);
            body = await this.send(this.rpc, call, params);
        }
        try {
            return call.read(body, request);
        }
        catch (thrown) {
            if (thrown instanceof errors/* MalformedAnswer */.ol)
                throw new errors/* DtsApiError */.Ou(wire/* MALFORMED_ANSWER */.vZ, thrown.message);
            throw thrown;
        }
    }
    async send(rpc, call, params) {
        const timeout = Math.min(this.options.requestTimeoutMs, this.options.budget.stopAt - this.options.clock.now());
        if (timeout <= 0)
            throw new errors/* DtsApiError */.Ou('RequestTimeout', 'no time was left for the call before the timeout');
        let answer;
        try {
            // POST keeps the signature, key id and token out of every URL.
            answer = await rpc.request(call.action, params, { method: 'POST', timeout, formatParams: false });
        }
        catch (thrown) {
            throw (0,wire/* errorFromThrown */.Jl)(thrown, call);
        }
        const [body, entry] = Array.isArray(answer) ? answer : [answer, undefined];
        return (0,wire/* checkAnswer */.dG)(body, entry?.response?.statusCode, call);
    }
    /**
     * Replaces the credentials that `expired` was made with, once however many calls found them
     * expired at the same time. @throws DtsApiError (the expiry, and why renewing failed)
     */
    async renew(expired, error) {
        if (this.rpc !== expired)
            return; // another call has renewed them already
        const renew = this.credentials.renew;
        this.renewing ??= (async () => {
            try {
                const fresh = await renew();
                this.retired.push(this.rpc);
                this.credentials = fresh;
                this.rpc = rpcClient(this.options.endpoint, fresh);
            }
            finally {
                this.renewing = undefined;
            }
        })();
        try {
            await this.renewing;
        }
        catch (thrown) {
            // Renewal errors are ours and already clean; anything else thrown is not.
            const why = (0,safe/* safeLine */.om)(thrown instanceof Error ? thrown.message : String(thrown), 500);
            throw new errors/* DtsApiError */.Ou(error.code, `${error.message}; renewing the temporary credentials failed: ${why}`, {
                requestId: error.requestId,
                httpStatus: error.httpStatus,
                hint: error.hint
            });
        }
    }
    /** Closes the keep-alive sockets so that the process can exit at once. */
    close() {
        for (const rpc of [this.rpc, ...this.retired])
            rpc.keepAliveAgent?.destroy();
    }
}
function rpcClient(endpoint, credentials) {
    const config = {
        endpoint,
        apiVersion: DTS_API_VERSION,
        accessKeyId: credentials.accessKeyId,
        accessKeySecret: credentials.accessKeySecret
    };
    // pop-core would send an absent token as the text "undefined".
    if (credentials.securityToken)
        config.securityToken = credentials.securityToken;
    // Verbose mode hands back the HTTP status, which pop-core otherwise drops.
    const Client = (rpc_default());
    return new Client(config, true);
}

;// CONCATENATED MODULE: ./src/core/resolve.ts
/** The entry listed under `id` asked as `as`; undefined when none is. */
function entryOf(id, entries, as) {
    return entries.find((e) => (as === 'instance' ? e.instanceId : e.taskId) === id);
}
/** The IDs of `ids` that none of `entries` is listed under, asked as `as`. */
function notFound(ids, entries, as) {
    return ids.filter((id) => entryOf(id, entries, as) === undefined);
}
/** The tasks of a run's IDs, from what the look-up listed. */
function resolveJobs(given, lookup) {
    const resolution = { identities: [], views: {}, migrations: [], duplicates: [] };
    const byInstance = new Map();
    for (const id of given) {
        const task = entryOf(id, lookup.byInstance, 'instance') ?? entryOf(id, lookup.byTask, 'task');
        if (!task) {
            const migration = entryOf(id, lookup.migration, 'instance') ?? entryOf(id, lookup.migration, 'task');
            if (migration)
                resolution.migrations.push({ id, task: migration });
            resolution.identities.push({ id, instanceId: id, listed: false });
            continue;
        }
        const first = byInstance.get(task.instanceId);
        if (first !== undefined)
            resolution.duplicates.push([first, id]);
        else
            byInstance.set(task.instanceId, id);
        resolution.identities.push({ id, instanceId: task.instanceId, taskId: task.taskId, listed: true, fullDataCheck: task.fullDataCheck });
        resolution.views[id] = task.job;
    }
    return resolution;
}
/** Every ID used as given: DescribeDtsJobs could not be asked. */
function asGiven(given) {
    return given.map((id) => ({ id, instanceId: id, listed: false }));
}

// EXTERNAL MODULE: ./src/dts/calls.ts
var dts_calls = __nccwpck_require__(6412);
// EXTERNAL MODULE: ./src/core/dataCheck.ts
var dataCheck = __nccwpck_require__(6455);
// EXTERNAL MODULE: ./src/dts/currentCalls.ts + 1 modules
var currentCalls = __nccwpck_require__(6599);
;// CONCATENATED MODULE: ./src/dts/checkReader.ts



/** Pages of one list read at most: 100,000 tables; beyond, a list that never ends. */
const MAX_PAGES = 1000;
const keyOf = (t) => JSON.stringify([t.sourceDatabase, t.sourceTable, t.destinationDatabase, t.destinationTable]);
/** Reads the result of the verification of job `jobId` (task `taskId`); returns it with the calls it took. */
async function readCheckResult(calls, jobId, taskId) {
    let made = 0;
    const page = (tables, pageNumber) => {
        made++;
        return calls.call(currentCalls/* tableDetails */.jQ, { jobId, taskId, tables, pageNumber });
    };
    const found = new Map();
    /** Tables listed on the pages of every table, for a count DTS did not give. */
    let listed = 0;
    const keep = (p) => {
        for (const table of p.entries)
            if ((0,dataCheck/* findingOf */.hD)(table))
                found.set(keyOf(table), table);
    };
    const keepAll = (p) => {
        listed += p.listed;
        keep(p);
    };
    const first = await page('all', 1);
    keepAll(first);
    const everyTable = first.listed < currentCalls/* TABLES_PER_PAGE */.Es || (first.tables !== undefined && first.tables <= currentCalls/* TABLES_PER_PAGE */.Es);
    if (!everyTable) {
        // Counts not given are not taken for zero: then every table is read.
        const failedChecks = first.failedChecks ?? Infinity;
        const differing = first.differing ?? Infinity;
        if (failedChecks > 0 || differing === Infinity)
            await readAll(first, (n) => page('all', n), keepAll);
        else if (differing > 0)
            await readDiffering(differing, (n) => page('differing', n), keep);
    }
    const result = {
        tables: first.tables ?? listed,
        differing: first.differing ?? [...found.values()].filter((t) => (0,dataCheck/* findingOf */.hD)(t) === 'differs').length,
        failedChecks: first.failedChecks ?? [...found.values()].filter((t) => (0,dataCheck/* findingOf */.hD)(t) === 'failed').length,
        found: [...found.values()],
        complete: true
    };
    if (first.checkedRows !== undefined)
        result.checkedRows = first.checkedRows;
    result.complete = (0,checkRules/* unlistedTables */.Us)(result) === 0;
    return { result, calls: made };
}
/** Pages 2 on of every table: side by side when the count says how many, else one after another to the short page. */
async function readAll(first, page, keep) {
    if (first.tables !== undefined) {
        const pages = Math.min(MAX_PAGES, Math.ceil(first.tables / currentCalls/* TABLES_PER_PAGE */.Es));
        const rest = await Promise.all(Array.from({ length: Math.max(0, pages - 1) }, (_, i) => page(i + 2)));
        rest.forEach(keep);
        return;
    }
    for (let n = 2; n <= MAX_PAGES; n++) {
        const p = await page(n);
        keep(p);
        if (p.listed < currentCalls/* TABLES_PER_PAGE */.Es)
            return;
    }
}
/** The pages of the differing tables, as many as their count needs, side by side. */
async function readDiffering(differing, page, keep) {
    const pages = Math.min(MAX_PAGES, Math.ceil(differing / currentCalls/* TABLES_PER_PAGE */.Es));
    (await Promise.all(Array.from({ length: pages }, (_, i) => page(i + 1)))).forEach(keep);
}

;// CONCATENATED MODULE: ./src/core/identity.ts
/** The identity of an object as one string (for tests and sets; the hot path uses IdentityMap). */
function identity(o) {
    return [o.jobId, o.section, o.sourceDatabase, o.name, o.type, o.parent ?? ''].join('\u0000');
}
/** Whether two readings are of one object; the name differs most often, so it is compared first. */
function sameObject(a, b) {
    return (a.name === b.name &&
        a.section === b.section &&
        a.type === b.type &&
        a.sourceDatabase === b.sourceDatabase &&
        a.jobId === b.jobId &&
        (a.parent ?? '') === (b.parent ?? ''));
}
/**
 * A Map keyed by object identity, in insertion order. It finds an object by its name, then
 * compares the other fields, rather than building an {@link identity} string per object: for
 * the 100,000 objects of a poll that is several times faster and leaves no key strings behind.
 * Names are looked up per section: a table is in three sections, and one map of names would
 * keep a list of its three entries for each table (3 MB more for 100,000 objects).
 */
class IdentityMap {
    byName = {
        structure: new Map(),
        constraint: new Map(),
        data: new Map(),
        incremental: new Map()
    };
    entries = [];
    get size() {
        return this.entries.length;
    }
    get(object) {
        return find(this.byName[object.section].get(object.name), object)?.value;
    }
    /** Adds `object` with `value`, or gives the object of the same identity this value. */
    set(object, value) {
        const names = this.byName[object.section];
        const same = names.get(object.name);
        const known = find(same, object);
        if (known)
            known.value = value;
        else
            this.add(names, same, object, value);
    }
    /**
     * The value of the object of the same identity, left as it is; if there is none, adds `object`
     * with `value` and returns undefined. One lookup where get-then-set would take two.
     */
    getOrAdd(object, value) {
        const names = this.byName[object.section];
        const same = names.get(object.name);
        const known = find(same, object);
        if (known)
            return known.value;
        this.add(names, same, object, value);
        return undefined;
    }
    values() {
        return this.entries.map((e) => e.value);
    }
    /** Adds `object`, for whose name its section's names give `same`. */
    add(names, same, object, value) {
        const entry = { object, value };
        this.entries.push(entry);
        if (same === undefined)
            names.set(object.name, entry);
        else if (Array.isArray(same))
            same.push(entry);
        else
            names.set(object.name, [same, entry]);
    }
}
/** The entry of `object`'s identity among those of its section and name. */
function find(same, object) {
    if (same === undefined)
        return undefined;
    if (!Array.isArray(same))
        return sameObject(same.object, object) ? same : undefined;
    return same.find((e) => sameObject(e.object, object));
}

// EXTERNAL MODULE: ./src/core/stringPool.ts
var stringPool = __nccwpck_require__(2620);
;// CONCATENATED MODULE: ./src/dts/pager.ts
/**
 * Reads every page of one job for one poll. DTS gives no total count: each list ends on the
 * first page that brings fewer than PageSize entries of it, and a poll ends on the first page
 * where every list has ended, so a poll needs ceil((n + 1) / PageSize) calls for a largest list
 * of n entries.
 *
 * Pages are fetched side by side. With no idea of the size yet (first poll) the pager reads
 * ahead by at most the concurrency limit; afterwards it fetches exactly the pages the previous
 * poll needed, and only reads further if the last of them is still full.
 *
 * A read is bounded however the endpoint answers: no page starts at or after `stopAt` (the
 * deadline, or for the last poll made at the deadline, one request timeout later), and a read
 * gives up once it holds more than `maxObjects` objects with its lists still full. Lists that
 * never end can neither hold the step past its timeout nor fill its memory.
 */




function isLastPage(page, pageSize) {
    return page.sizes.structure < pageSize && page.sizes.data < pageSize && page.sizes.incremental < pageSize;
}
async function readJobPages(options) {
    const { jobId, pageSize, limiter } = options;
    const pages = new Map();
    let lastPage = Infinity;
    let next = 1;
    let calls = 0;
    const readAhead = Math.max(1, options.readAhead ?? limiter.capacity);
    let ceiling = options.expectedPages > 0 ? options.expectedPages : readAhead;
    const failures = new Map();
    const { now } = options;
    let objectsRead = 0;
    /** Why pages stopped being started, when they did. */
    let stopped;
    const mayStart = () => {
        if (objectsRead > options.maxObjects)
            stopped ??= 'objects';
        else if (now() >= options.stopAt)
            stopped ??= 'time';
        return stopped === undefined;
    };
    // The pages of one read share one copy of each repeated value (status, database, type, ...).
    const read = { strings: new stringPool/* StringPool */.q() };
    if (options.ignored)
        read.ignored = options.ignored;
    const worker = async () => {
        for (;;) {
            const pageNum = next;
            if (pageNum > ceiling || pageNum > lastPage || failures.size > 0 || !mayStart())
                return;
            next++;
            let page;
            try {
                page = await limiter.run(async () => {
                    // The end may have been found, or the time run out, while this page waited for a slot.
                    if (pageNum > lastPage || !mayStart())
                        return undefined;
                    calls++;
                    const before = options.before?.get(pageNum);
                    return options.fetchPage({
                        jobId,
                        ...(options.instanceId !== undefined && { instanceId: options.instanceId }),
                        pageNum,
                        pageSize,
                        read,
                        ...(before && { before })
                    });
                });
            }
            catch (error) {
                failures.set(pageNum, error);
                return;
            }
            if (page === undefined)
                return;
            pages.set(pageNum, page);
            objectsRead += page.objects.length;
            if (isLastPage(page, pageSize))
                lastPage = Math.min(lastPage, pageNum);
        }
    };
    while (lastPage === Infinity) {
        const width = Math.max(1, Math.min(limiter.capacity, ceiling - next + 1));
        await Promise.all(Array.from({ length: width }, worker));
        // A failed page fails the read, unless it lies past the end: a page read ahead beyond the
        // last one is not needed, whatever DTS answered for it.
        const failed = [...failures.keys()].filter((pageNum) => pageNum <= lastPage);
        if (failed.length > 0)
            throw failures.get(Math.min(...failed));
        if (stopped && !readUpTo(pages, lastPage))
            throw unfinished(jobId, stopped, pages.size, options.maxObjects);
        if (lastPage === Infinity)
            ceiling += readAhead; // still full: the job grew, read on
    }
    const objects = [];
    const firstPageOf = new IdentityMap();
    let shifted = false;
    for (const [pageNum, page] of [...pages].sort(([a], [b]) => a - b)) {
        for (const object of page.objects) {
            objects.push(object);
            const first = firstPageOf.getOrAdd(object, pageNum);
            if (first !== undefined && first !== pageNum)
                shifted = true;
        }
    }
    return { objects, calls, lastPage, shifted, pages: new Map([...pages].map(([pageNum, page]) => [pageNum, page.objects])) };
}
/** Whether every page up to the last one was read (a page skipped when the reading stopped leaves a gap). */
function readUpTo(pages, lastPage) {
    if (lastPage === Infinity)
        return false;
    for (let pageNum = 1; pageNum <= lastPage; pageNum++)
        if (!pages.has(pageNum))
            return false;
    return true;
}
/**
 * Why a read stopped before the job's lists ended. Out of time, the poll is one that could not
 * be completed (the last complete poll stands); lists that outgrow the bound are an error.
 */
function unfinished(jobId, why, pages, maxObjects) {
    if (why === 'time') {
        return new errors/* DtsApiError */.Ou(POLL_INCOMPLETE, `the timeout came before every page of job ${jobId} was read (${pages.toLocaleString('en-US')} pages read, the lists had not ended)`);
    }
    return new errors/* DtsApiError */.Ou(TOO_MANY_OBJECTS, `DTS listed more than ${maxObjects.toLocaleString('en-US')} objects for job ${jobId} in one poll without ending its lists ` +
        `(${pages.toLocaleString('en-US')} pages read); the gate reads at most that many objects of a job in one poll`, { hint: 'check job-id: no synchronization job has that many objects' });
}

;// CONCATENATED MODULE: ./src/dts/resolver.ts





/** Pages read of one batch at most: 30 IDs name at most 30 tasks, one page; more would be a list that never ends. */
const resolver_MAX_PAGES = 10;
/** The batches of `ids` one request each can ask. */
function batches(ids) {
    const out = [];
    for (let i = 0; i < ids.length; i += currentCalls/* TASKS_PER_PAGE */.$p)
        out.push(ids.slice(i, i + currentCalls/* TASKS_PER_PAGE */.$p));
    return out;
}
/**
 * Every task DescribeDtsJobs lists for `ids` asked as `as`, of `jobType`: one request per batch
 * of 30, side by side, each read to its last page.
 */
async function listTasks(calls, ids, as, jobType, purpose) {
    let made = 0;
    const read = async (batch) => {
        const entries = [];
        for (let pageNumber = 1; pageNumber <= resolver_MAX_PAGES; pageNumber++) {
            made++;
            const page = await calls.call(currentCalls/* dtsJobs */.Sx, { ids: batch, as, jobType, pageNumber, purpose });
            entries.push(...page.entries);
            // A short page is the last; a full one is the last too once every task it counts is read.
            const full = page.listed >= currentCalls/* TASKS_PER_PAGE */.$p;
            if (!full || (page.total !== undefined && entries.length >= page.total))
                break;
        }
        return entries;
    };
    const entries = (await Promise.all(batches(ids).map(read))).flat();
    return { entries, calls: made };
}
function migrationError(migrations) {
    const named = migrations
        .slice(0, 5)
        .map(({ id, task }) => {
        const other = id === task.taskId ? `instance ${(0,safe/* safeLine */.om)(task.instanceId, 64)}` : `task ${(0,safe/* safeLine */.om)(task.taskId, 64)}`;
        return `${id} (${other})`;
    })
        .join(', ');
    const more = migrations.length > 5 ? ` and ${migrations.length - 5} more` : '';
    const these = migrations.length === 1 ? 'is a data migration task' : 'are data migration tasks';
    return new errors/* InputError */.dz('job-id', `job-id ${named}${more} ${these} (DescribeDtsJobs lists ${migrations.length === 1 ? 'it' : 'them'} with JobType MIGRATION), ` +
        'not a synchronization task: this action waits on the initial synchronization of synchronization tasks; ' +
        'give the task ID or instance ID of a synchronization task');
}
function duplicateError(duplicates, identities) {
    const [first, second] = duplicates[0];
    const instance = identities.find((j) => j.id === first)?.instanceId ?? first;
    return new errors/* InputError */.dz('job-id', `job-id names one task twice: ${first} and ${second} are both synchronization task ${(0,safe/* safeLine */.om)(instance, 64)} ` +
        '(its task ID and its instance ID); list each task once');
}
/**
 * Which task each of `ids` is. @throws InputError for a migration task or a task named twice;
 * DtsApiError for what a retry could not mend, other than a refusal.
 */
async function lookUpJobs(calls, ids) {
    let lookup;
    try {
        const tasks = async (asked, as, jobType) => asked.length > 0 ? (await listTasks(calls, asked, as, jobType, 'look-up')).entries : [];
        const byInstance = await tasks(ids, 'instance', 'SYNC');
        const rest = notFound(ids, byInstance, 'instance');
        const byTask = await tasks(rest, 'task', 'SYNC');
        const neither = notFound(rest, byTask, 'task');
        const migration = await tasks(neither, 'instance', 'MIGRATION');
        migration.push(...(await tasks(notFound(neither, migration, 'instance'), 'task', 'MIGRATION')));
        lookup = { byInstance, byTask, migration };
    }
    catch (thrown) {
        if (thrown instanceof errors/* DtsApiError */.Ou && handlingOf(thrown) === 'refused') {
            return { identities: asGiven(ids), views: {}, refused: { code: thrown.code, message: thrown.explain() } };
        }
        throw thrown;
    }
    const resolution = resolveJobs(ids, lookup);
    if (resolution.migrations.length > 0)
        throw migrationError(resolution.migrations);
    if (resolution.duplicates.length > 0)
        throw duplicateError(resolution.duplicates, resolution.identities);
    return { identities: resolution.identities, views: resolution.views };
}

;// CONCATENATED MODULE: ./src/dts/reader.ts









/**
 * Objects one poll reads at most, over all its jobs: enough for a million objects, and a bound
 * on the memory of a poll whose lists never end.
 */
const MAX_OBJECTS_PER_POLL = 1_000_000;
const NOT_ASKED = { kind: 'not-asked' };
/** Whether an error says that the job is unknown there (and not, say, that a permission is missing). */
const UNKNOWN_JOB = /InstanceNotFound|^InvalidJobId|NotFound$|^InvalidDtsJobId/;
/**
 * The lists of an ID used as given because DescribeDtsJobs was refused, refused because DTS does
 * not know that instance: most likely a task ID, which only DescribeDtsJobs can resolve.
 */
function unresolvedIdError(error, job) {
    return new errors/* DtsApiError */.Ou(error.code, error.message, {
        requestId: error.requestId,
        httpStatus: error.httpStatus,
        hint: `DescribeDtsJobs was refused, so job-id ${job.id} was used as given, as an instance ID, and DTS knows no instance of that ID: ` +
            'if it is a task ID, either allow dts:DescribeDtsJobs to the key (so that the task ID can be resolved) or give the instance ID (dts…) instead'
    });
}
function pollReader(client, settings) {
    const { budget, clock } = settings;
    const calls = settings.caller ?? caller(client, settings);
    const jobs = settings.jobs ?? asGiven(settings.jobIds);
    const width = Math.max(1, jobs.length);
    // Jobs polled side by side share the read-ahead of a first poll, so that one job does not take
    // every slot while the others wait.
    const readAhead = Math.max(1, Math.floor(calls.limiter.capacity / width));
    const maxObjects = Math.floor(MAX_OBJECTS_PER_POLL / width);
    const viewed = (job) => job.listed && job.taskId !== undefined;
    /** The legacy job-status call of one job: its answer, or its refusal for good; other errors are thrown. */
    const legacy = async (job) => {
        try {
            const status = await calls.call(dts_calls/* jobStatus */.WB, { jobId: job.id, instanceId: job.instanceId });
            return { reading: { kind: 'read', job: status }, calls: 1 };
        }
        catch (error) {
            // A complete poll has the objects and the job states of one moment: anything but a refusal
            // for good leaves the poll incomplete.
            if (error instanceof errors/* DtsApiError */.Ou && handlingOf(error) === 'refused') {
                return { reading: { kind: 'refused', code: error.code, message: error.explain() }, calls: 1 };
            }
            throw error;
        }
    };
    /** One DescribeDtsJobs read, paged, for every job of `listed`. */
    const readViews = async (listed) => {
        try {
            const read = await listTasks(calls, listed.map((job) => job.taskId), 'task', 'SYNC', 'job view');
            const byTask = new Map(read.entries.map((entry) => [entry.taskId, entry.job]));
            const found = new Map();
            for (const job of listed) {
                const status = byTask.get(job.taskId);
                if (status)
                    found.set(job.id, status);
            }
            return { views: { kind: 'read', jobs: found }, calls: read.calls };
        }
        catch (error) {
            if (error instanceof errors/* DtsApiError */.Ou && handlingOf(error) === 'refused') {
                return { views: { kind: 'refused', refusal: { code: error.code, message: error.explain() } }, calls: 1 };
            }
            throw error;
        }
    };
    /** A job's state from the poll's views; the legacy call when they do not have it. */
    const fromViews = async (job, views) => {
        const { views: v } = await views;
        const status = v.kind === 'read' ? v.jobs.get(job.id) : undefined;
        return status ? { reading: { kind: 'read', job: status }, calls: 0 } : legacy(job);
    };
    const readJob = async (job, plan, views) => {
        const refusal = plan.refused[job.id];
        // Started first, so that it is in flight beside page 1 (it takes one of the limiter's slots).
        const status = !settings.jobStatus
            ? Promise.resolve({ reading: NOT_ASKED, calls: 0 })
            : refusal !== undefined
                ? Promise.resolve({ reading: refusal, calls: 0 })
                : views && viewed(job)
                    ? fromViews(job, views)
                    : legacy(job);
        const lists = readJobPages({
            jobId: job.id,
            instanceId: job.instanceId,
            pageSize: settings.pageSize,
            expectedPages: plan.expectedPages[job.id] ?? 0,
            ...(plan.pages?.[job.id] && { before: plan.pages[job.id] }),
            limiter: calls.limiter,
            readAhead,
            ignored: settings.ignored,
            stopAt: plan.lastPoll ? budget.stopAt : budget.deadline,
            maxObjects,
            now: clock.now,
            fetchPage: (request) => calls.retried(dts_calls/* listsPage */.Tp, request)
        });
        const [listsRead, statusRead] = await Promise.allSettled([lists, status]);
        for (const settled of [listsRead, statusRead]) {
            if (settled.status === 'rejected' && settled.reason instanceof errors/* CancelledError */.cc)
                throw settled.reason;
        }
        if (listsRead.status === 'rejected') {
            // Pages that ran out of time while the job-status call held a slot retrying: that
            // call's own error is what went wrong.
            const error = listsRead.reason;
            const outOfTime = error instanceof errors/* DtsApiError */.Ou && error.code === POLL_INCOMPLETE;
            if (outOfTime && statusRead.status === 'rejected')
                throw statusRead.reason;
            const unresolved = plan.viewRefused !== undefined && !job.listed;
            if (unresolved && error instanceof errors/* DtsApiError */.Ou && handlingOf(error) === 'refused' && UNKNOWN_JOB.test(error.code)) {
                throw unresolvedIdError(error, job);
            }
            throw error;
        }
        if (statusRead.status === 'rejected')
            throw statusRead.reason;
        const { reading, calls: statusCalls } = statusRead.value;
        return { list: listsRead.value, job: reading, calls: listsRead.value.calls + statusCalls };
    };
    /** The results of the verifications the views say finished, not read before. */
    const readChecks = async (v, plan) => {
        const due = jobs.filter((job) => (settings.dataCheck ?? 'off') !== 'off' &&
            job.fullDataCheck === true &&
            job.taskId !== undefined &&
            plan.checks?.[job.id] === undefined &&
            v.kind === 'read' &&
            v.jobs.get(job.id)?.verification?.state === 'Finished');
        const read = await Promise.all(due.map(async (job) => {
            try {
                const { result, calls: made } = await readCheckResult(calls, job.id, job.taskId);
                return [job.id, { kind: 'read', result }, made];
            }
            catch (error) {
                if (error instanceof errors/* DtsApiError */.Ou && handlingOf(error) === 'refused') {
                    return [job.id, { kind: 'refused', code: error.code, message: error.explain() }, 1];
                }
                throw error;
            }
        }));
        return { checks: Object.fromEntries(read.map(([id, reading]) => [id, reading])), calls: read.reduce((n, [, , made]) => n + made, 0) };
    };
    return {
        read: async (plan) => {
            const listed = settings.jobStatus && plan.viewRefused === undefined ? jobs.filter(viewed) : [];
            let views;
            if (listed.length > 0) {
                const first = plan.views;
                views = first
                    ? Promise.resolve({ views: { kind: 'read', jobs: new Map(Object.entries(first)) }, calls: 0 })
                    : readViews(listed);
                // Each job awaits it; a poll that fails elsewhere first must not leave it unhandled.
                views.catch(() => undefined);
            }
            const checks = views?.then(({ views: v }) => readChecks(v, plan));
            checks?.catch(() => undefined);
            const read = await Promise.all(jobs.map((job) => readJob(job, plan, views)));
            const readings = { lists: {}, jobs: {}, calls: 0 };
            jobs.forEach(({ id }, i) => {
                const { list, job, calls: made } = read[i];
                readings.lists[id] = { objects: list.objects, lastPage: list.lastPage, shifted: list.shifted, pages: list.pages };
                readings.jobs[id] = job;
                readings.calls += made;
            });
            if (views) {
                const viewed = await views;
                readings.calls += viewed.calls;
                if (viewed.views.kind === 'refused')
                    readings.viewRefused = viewed.views.refusal;
            }
            if (checks) {
                const checked = await checks;
                readings.calls += checked.calls;
                if (Object.keys(checked.checks).length > 0)
                    readings.checks = checked.checks;
            }
            return readings;
        },
        stop: () => calls.stop()
    };
}

// EXTERNAL MODULE: ./src/time.ts
var time = __nccwpck_require__(9834);
// EXTERNAL MODULE: ./src/core/job.ts
var core_job = __nccwpck_require__(1576);
;// CONCATENATED MODULE: ./src/core/jobRules.ts
/**
 * The waiting rules of the job as a whole, over the job states of the last complete poll. Pure.
 *
 * - `PrecheckFailed`, `InitializeFailed` and `Failed` fail the job, whatever its objects say,
 *   with DTS's ErrorMessage and, for a failed precheck, each failed check item. The one
 *   exception: a job that also lists failed objects, every one of them matched by `ignore`, and
 *   nothing still pending, has its failure ignored (a warning). A failed job moves no more: the
 *   objects it has not copied yet never will be, and no ignore pattern covers them.
 * - `ModifyFailed` (the current API's: a change of the task's objects failed) fails the job too.
 * - `Suspending` (paused): a warning, once per job. `NotConfigured`: a warning, once per job. A
 *   state DTS documents no meaning for: a warning, once per job and state. None decides anything;
 *   nor do `PreCheckPass` and `Retrying`. Jobs alike (same kind, same state) share one warning.
 * - DTS retrying a failing connection or module (`RetryState.Retrying`): a warning once per retry
 *   episode (the poll step numbers the episodes), since a job that exhausts its retries fails.
 * - DescribeDtsJobs refused for good: one warning; the jobs' states come from the legacy call.
 * - No job state makes anything `finished`: that is the objects' rule alone (see verdict.ts).
 * - A job-status call refused for good (no RAM permission, a job this API does not know): a
 *   warning that the objects decide alone; with `max-delay` the run cannot judge the delay, so
 *   the job is unreadable and the run ends in `error`.
 * - `max-delay`: every job's delay must be known and at most the limit, and read while the job
 *   replicates (`Synchronizing` or `Modifying`): a delay a job reports while it still
 *   initializes, is paused or stopped says nothing of how far behind a running replication is.
 *
 * `fail-fast` does not enter here: a failed job ends the wait at once in any case. Every warning
 * that applies is listed at every poll, each with a key per job; the poll step passes on only
 * those whose key it has not passed on before.
 */

const FAILED_STATES = new Set(['PrecheckFailed', 'InitializeFailed', 'Failed', 'ModifyFailed']);
function failureOf(jobId, job) {
    const failure = {
        jobId,
        status: job.status,
        state: job.state,
        error: job.error,
        items: job.state === 'PrecheckFailed' ? (0,core_job/* failedItems */.w7)(job.precheck) : [],
        ...(job.errorDetails && { errorDetails: job.errorDetails })
    };
    const notKept = job.precheck ? job.precheck.itemCount - job.precheck.items.length : 0;
    if (job.state === 'PrecheckFailed' && notKept > 0)
        failure.checksNotKept = notKept;
    return failure;
}
function delayCheck(input) {
    const jobs = input.jobIds.map((jobId) => {
        const reading = input.readings[jobId];
        if (reading?.kind !== 'read')
            return { jobId, standing: 'not-read' };
        const { delayMs, state } = reading.job;
        if (!core_job/* REPLICATING_STATES */.ep.has(state))
            return { jobId, standing: 'not-replicating' };
        if (delayMs === undefined)
            return { jobId, standing: 'unknown' };
        const standing = input.maxDelayMs !== undefined && delayMs > input.maxDelayMs ? 'too-high' : 'low';
        return { jobId, delayMs, standing };
    });
    const check = {
        required: input.maxDelayMs !== undefined,
        holds: input.maxDelayMs !== undefined && jobs.length > 0 && jobs.every((j) => j.standing === 'low'),
        jobs
    };
    if (input.maxDelayMs !== undefined)
        check.maxDelayMs = input.maxDelayMs;
    const delays = jobs.map((j) => j.delayMs);
    if (delays.length > 0 && delays.every((d) => d !== undefined))
        check.largestMs = Math.max(...delays);
    return check;
}
/** The job rules for one complete poll. */
function judgeJobs(input) {
    const judgement = { failed: [], ignored: [], warnings: [], unreadable: [], delay: delayCheck(input) };
    const states = new Map();
    const refusals = new Map();
    for (const jobId of input.jobIds) {
        const reading = input.readings[jobId];
        if (reading === undefined || reading.kind === 'not-asked')
            continue;
        if (reading.kind === 'refused') {
            if (input.maxDelayMs !== undefined) {
                judgement.unreadable.push({ jobId, code: reading.code, message: reading.message });
                continue;
            }
            // A missing RAM permission hits every job alike.
            alike(refusals, { kind: 'refused', jobIds: [jobId], keys: [`refused:${jobId}`], code: reading.code, message: reading.message });
            continue;
        }
        const { job } = reading;
        const episode = input.retryEpisodes?.[jobId];
        if (job.retry && episode !== undefined) {
            const key = `retrying:${jobId}:${episode}`;
            judgement.warnings.push({ kind: 'retrying', jobIds: [jobId], keys: [key], status: job.status, retry: job.retry });
        }
        if (FAILED_STATES.has(job.state)) {
            const failure = failureOf(jobId, job);
            const counts = input.objects[jobId];
            if (counts && counts.pending > 0)
                failure.uncopied = counts.pending;
            // The ignore patterns cover the failed objects, not the ones a dead job will never copy.
            if (counts && counts.ignored > 0 && counts.failed === 0 && counts.pending === 0) {
                judgement.ignored.push(failure);
                const key = `ignored-failure:${jobId}`;
                judgement.warnings.push({ kind: 'ignored-failure', jobIds: [jobId], keys: [key], status: job.status, failure });
            }
            else {
                judgement.failed.push(failure);
            }
        }
        else if (job.state === 'Suspending') {
            alike(states, { kind: 'paused', jobIds: [jobId], keys: [`paused:${jobId}`], status: job.status });
        }
        else if (job.state === 'NotConfigured') {
            alike(states, { kind: 'not-configured', jobIds: [jobId], keys: [`not-configured:${jobId}`], status: job.status });
        }
        else if (job.state === 'unknown') {
            alike(states, { kind: 'unknown-state', jobIds: [jobId], keys: [`unknown-state:${jobId}:${job.status}`], status: job.status });
        }
    }
    judgement.warnings.push(...states.values(), ...refusals.values());
    if (input.viewRefused) {
        const { code, message } = input.viewRefused;
        judgement.warnings.push({ kind: 'view-refused', jobIds: [...input.jobIds], keys: ['view-refused'], code, message });
    }
    return judgement;
}
/**
 * Adds a warning of one job to `groups`, as one warning for every job it holds for alike (thirty
 * paused jobs are one warning, not thirty): same kind, and same status or code.
 */
function alike(groups, warning) {
    const key = `${warning.kind}\u0000${warning.status ?? ''}\u0000${warning.code ?? ''}`;
    const group = groups.get(key);
    if (!group)
        groups.set(key, warning);
    else {
        group.jobIds.push(...warning.jobIds);
        group.keys.push(...warning.keys);
    }
}

// EXTERNAL MODULE: ./src/core/progress.ts
var core_progress = __nccwpck_require__(4664);
// EXTERNAL MODULE: ./src/core/types.ts
var types = __nccwpck_require__(3054);
;// CONCATENATED MODULE: ./src/core/aggregate.ts
/**
 * From the objects one poll read to a Snapshot: de-duplicate, classify by the waiting rules, count.
 * Every count a reporter shows is made here, in one pass over the objects: the counts, and the
 * rows of full data copied; then the job rules over those counts. The copy rate, which needs the
 * polls before, is the poll step's (progress.ts `withRate`).
 */






// When a poll meets an object twice (the lists shifted while it read them), the reading that is
// furthest from done wins: a failure is never hidden, and `Finished` is believed only if no
// other reading of the object disagrees.
const DONENESS = { Failed: 0, unknown: 1, Migrating: 2, NotStarted: 3, Finished: 4 };
function dedupe(objects) {
    const byId = new IdentityMap();
    for (const object of objects) {
        const seen = byId.getOrAdd(object, object);
        if (seen !== undefined && DONENESS[object.state] < DONENESS[seen.state])
            byId.set(object, object);
    }
    return byId.size === objects.length ? [...objects] : [...byId.values()];
}
function emptyCounts() {
    return { total: 0, finished: 0, failed: 0, ignored: 0, pending: 0, running: 0 };
}
function emptySectionCounts() {
    return { ...emptyCounts(), migrating: 0, notStarted: 0, unknown: 0 };
}
function perSection(make) {
    return Object.fromEntries(types/* SECTIONS */.bP.map((s) => [s, make()]));
}
function emptyJob() {
    return { counts: emptyCounts(), sections: perSection(emptySectionCounts), settled: false };
}
/** The state counters a pending or running object adds to. */
const STATE_COUNTER = {
    Migrating: 'migrating',
    NotStarted: 'notStarted',
    unknown: 'unknown'
};
function add(counts, outcome) {
    counts.total++;
    counts[outcome]++;
}
const aggregate_NOT_ASKED = { kind: 'not-asked' };
function aggregate(objects, jobIds, poll, atMs, context = {}) {
    const counts = emptyCounts();
    const progress = new core_progress/* ProgressCount */.rf();
    const sections = perSection(emptyCounts);
    const byJob = {};
    for (const jobId of jobIds)
        byJob[jobId] = emptyJob();
    const unknown = new Map();
    for (const object of objects) {
        const job = (byJob[object.jobId] ??= emptyJob());
        const section = job.sections[object.section];
        // Counters by hand: a list of them per object would be 100,000 arrays a poll.
        add(counts, object.outcome);
        add(sections[object.section], object.outcome);
        add(job.counts, object.outcome);
        add(section, object.outcome);
        if (object.outcome === 'pending' || object.outcome === 'running') {
            const counter = STATE_COUNTER[object.state];
            if (counter)
                section[counter]++;
        }
        if (object.state === 'unknown')
            unknown.set(object.status, (unknown.get(object.status) ?? 0) + 1);
        progress.add(object);
    }
    for (const job of Object.values(byJob))
        job.settled = (0,core_rules/* jobSettled */.Jk)(job.counts);
    const jobs = {};
    for (const id of jobIds)
        jobs[id] = context.jobs?.[id] ?? aggregate_NOT_ASKED;
    const silentJobs = jobIds.filter((id) => (byJob[id]?.counts.total ?? 0) === 0);
    const snapshot = {
        poll,
        atMs,
        jobIds,
        objects,
        counts,
        sections,
        byJob,
        silentJobs,
        unknownStatuses: [...unknown].map(([status, n]) => ({ status, objects: n })),
        jobs,
        jobJudgement: judgeJobs({
            jobIds,
            readings: jobs,
            objects: Object.fromEntries(jobIds.map((id) => [id, byJob[id]?.counts])),
            ...(context.maxDelayMs !== undefined && { maxDelayMs: context.maxDelayMs }),
            ...(context.retryEpisodes && { retryEpisodes: context.retryEpisodes }),
            ...(context.viewRefused && { viewRefused: context.viewRefused })
        }),
        progress: progress.value(counts.pending > 0 || silentJobs.length > 0)
    };
    if (context.identities) {
        snapshot.identities = Object.fromEntries(context.identities.map((j) => [j.id, j]));
        snapshot.dataCheck = (0,checkRules/* judgeChecks */.LZ)({
            jobIds,
            mode: context.dataCheck ?? 'off',
            identities: snapshot.identities,
            readings: jobs,
            ...(context.checks && { checks: context.checks }),
            ...(context.viewRefused && { viewRefused: context.viewRefused }),
            ignored: context.ignored ?? (() => false)
        });
    }
    return snapshot;
}
/**
 * `o` with its outcome. Written out field by field: V8 gives a spread copy (`{ ...o, outcome }`)
 * of an object this wide about four times the memory, which for 100,000 objects is ~45 MB.
 */
function classify(o, outcome) {
    const copy = {
        jobId: o.jobId,
        section: o.section,
        sourceDatabase: o.sourceDatabase,
        destinationDatabase: o.destinationDatabase,
        name: o.name,
        type: o.type,
        parent: o.parent,
        status: o.status,
        state: o.state,
        error: o.error,
        totalRows: o.totalRows,
        finishedRows: o.finishedRows,
        usedTime: o.usedTime,
        outcome
    };
    return copy;
}
/** Everything one complete poll read, as the Snapshot the verdict and the reporters use. */
function snapshotOf(read, context) {
    const classified = [];
    for (const o of dedupe(read)) {
        const outcome = (0,core_rules/* outcomeOf */.sG)(o, context.ignored);
        // Read with these ignore patterns, an object comes with this outcome already (see
        // readPage): it is taken as it is. Objects are never changed once made, so sharing is safe.
        const known = o.outcome;
        classified.push(known === outcome ? o : classify(o, outcome));
    }
    const snapshot = aggregate(classified, context.jobIds, context.poll, context.atMs, context);
    if (context.shiftedJobs && context.shiftedJobs.length > 0)
        snapshot.shiftedJobs = [...context.shiftedJobs];
    return snapshot;
}

;// CONCATENATED MODULE: ./src/poll/step.ts
/**
 * One poll, judged: a pure step from what the gate remembers of the polls before and what this
 * poll brought (its readings, or the error that cut it short, or a cancellation) to what it
 * remembers now, the snapshot of the poll, the warnings not given before and, when the wait is
 * over, the verdict. The loop around it (loop.ts) only calls DTS, waits and reports.
 *
 * Only complete polls count: a poll cut short leaves the previous snapshot as the last thing the
 * gate saw. Once a poll has completed, an outage that outlasts the retries of one call does not
 * end the wait: the next poll tries again, and at the deadline the last complete poll decides.
 */




const FIRST_POLL = { polls: 0, warned: new Set(), samples: [], expectedPages: {}, refused: {}, given: {}, leftOut: {} };
/**
 * Warnings of one kind given one by one over a run: however many jobs and polls, a person reads
 * ten, and one line at the end says how many more there were.
 */
const MAX_WARNINGS_PER_KIND = 10;
/** What the gate knows before its first poll: the job views of the look-up, or its refusal. */
function firstPoll(lookedUp) {
    const memory = { ...FIRST_POLL };
    if (lookedUp.views && Object.keys(lookedUp.views).length > 0)
        memory.views = lookedUp.views;
    if (lookedUp.refused)
        memory.viewRefused = lookedUp.refused;
    return memory;
}
function step(memory, outcome, time, settings) {
    const result = judgePoll(memory, outcome, time, settings);
    const { leftOut } = result.memory;
    if (result.verdict && Object.keys(leftOut).length > 0)
        result.verdict = { ...result.verdict, warningsLeftOut: { ...leftOut } };
    return result;
}
function judgePoll(memory, outcome, time, settings) {
    const { budget } = settings;
    const seen = { polls: memory.polls, elapsedMs: time.endedAt - budget.startedAt, ...(memory.snapshot && { snapshot: memory.snapshot }) };
    if (outcome.kind === 'cancelled')
        return { memory, warnings: [], verdict: errorVerdict(outcome.error, seen) };
    if (outcome.kind === 'failed') {
        const { error } = outcome;
        if (!retriesPoll(error) || !memory.snapshot)
            return { memory, warnings: [], verdict: errorVerdict(error, seen) };
        if (time.endedAt < budget.deadline)
            return { memory, warnings: [], failed: { error, poll: memory.polls + 1 } };
        // At the deadline a poll that failed does not turn the last complete poll's timeout (or
        // failure) into an API error: that poll decides, and the verdict says the last one failed.
        const { status, decidedBy } = decide(memory.snapshot, settings, true);
        const snapshot = status === 'failed' ? (0,core_progress/* withoutRate */.fH)(memory.snapshot) : memory.snapshot;
        const ending = { ...seen, snapshot, status: status ?? 'timeout', decidedBy: decidedBy ?? 'objects', lastPollError: error };
        return { memory, warnings: [], verdict: verdictOf(ending, settings) };
    }
    const { readings } = outcome;
    const polls = memory.polls + 1;
    const atMs = time.endedAt - budget.startedAt;
    const jobIds = settings.jobIds;
    const viewRefused = memory.viewRefused ?? readings.viewRefused;
    const retryEpisodes = episodesOf(memory.retryEpisodes ?? {}, jobIds, readings.jobs);
    const checks = readings.checks ? { ...memory.checks, ...readings.checks } : memory.checks;
    const counted = snapshotOf(jobIds.flatMap((id) => readings.lists[id]?.objects ?? []), {
        jobIds,
        poll: polls,
        atMs,
        ignored: settings.ignored,
        shiftedJobs: jobIds.filter((id) => readings.lists[id]?.shifted),
        jobs: readings.jobs,
        ...(settings.maxDelayMs !== undefined && { maxDelayMs: settings.maxDelayMs }),
        retryEpisodes: Object.fromEntries(Object.entries(retryEpisodes)
            .filter(([, e]) => e.active)
            .map(([id, e]) => [id, e.count])),
        ...(viewRefused && { viewRefused }),
        ...(settings.identities && { identities: settings.identities }),
        ...(settings.dataCheck && { dataCheck: settings.dataCheck }),
        ...(checks && { checks })
    });
    const samples = (0,core_progress/* addSample */.yl)(memory.samples, (0,core_progress/* sampleOf */.uV)(counted.progress, atMs));
    const deadlineReached = time.last || time.startedAt >= budget.deadline || time.endedAt >= budget.deadline;
    const { status, decidedBy } = decide(counted, settings, deadlineReached);
    // A copy that failed has no rate and no time left: the rows will not move again.
    const failed = status === 'failed' || counted.jobJudgement.failed.length > 0;
    const snapshot = failed ? counted : (0,core_progress/* withRate */.hF)(counted, samples);
    const fresh = freshWarnings([...snapshot.jobJudgement.warnings, ...(snapshot.dataCheck?.warnings ?? [])], memory.warned);
    const { warnings, given, leftOut } = bounded(fresh.warnings, memory);
    const next = {
        polls,
        snapshot,
        warned: fresh.warned,
        given,
        leftOut,
        samples,
        expectedPages: Object.fromEntries(jobIds.map((id) => [id, readings.lists[id]?.lastPage ?? 0])),
        pages: pagesOf(readings, jobIds),
        refused: { ...memory.refused, ...Object.fromEntries(Object.entries(readings.jobs).filter(([, r]) => r.kind === 'refused')) },
        retryEpisodes,
        ...(viewRefused && { viewRefused }),
        ...(checks && { checks })
    };
    const result = { memory: next, snapshot, warnings };
    if (status)
        result.verdict = verdictOf({ status, polls, elapsedMs: atMs, snapshot, ...(decidedBy && { decidedBy }) }, settings);
    return result;
}
/** The objects of each job's pages, for the jobs whose reader kept them. */
function pagesOf(readings, jobIds) {
    const pages = {};
    for (const id of jobIds) {
        const kept = readings.lists[id]?.pages;
        if (kept)
            pages[id] = kept;
    }
    return pages;
}
/**
 * The retry episodes of each job after a poll: an episode begins at a poll whose job view says DTS
 * is retrying after one that did not (or at the first), and ends at one that does not say so.
 */
function episodesOf(before, jobIds, readings) {
    const after = {};
    for (const id of jobIds) {
        const reading = readings[id];
        const retrying = reading?.kind === 'read' && reading.job.retry !== undefined;
        const previous = before[id] ?? { count: 0, active: false };
        after[id] = retrying ? { count: previous.count + (previous.active ? 0 : 1), active: true } : { count: previous.count, active: false };
    }
    return after;
}
/**
 * The warnings whose keys were not given before, each cut down to the jobs it has not been given
 * for, and the keys given after them.
 */
function freshWarnings(all, given) {
    const warnings = [];
    const warned = new Set(given);
    for (const warning of all) {
        const fresh = warning.keys.map((key, i) => ({ key, jobId: warning.jobIds[i] ?? '' })).filter(({ key }) => !warned.has(key));
        if (fresh.length === 0)
            continue;
        for (const { key } of fresh)
            warned.add(key);
        warnings.push(fresh.length === warning.keys.length ? warning : { ...warning, keys: fresh.map((f) => f.key), jobIds: fresh.map((f) => f.jobId) });
    }
    return { warnings, warned };
}
/** The warnings to give, at most {@link MAX_WARNINGS_PER_KIND} of a kind over the run; the others are counted. */
function bounded(fresh, memory) {
    if (fresh.length === 0)
        return { warnings: [], given: memory.given, leftOut: memory.leftOut };
    const given = { ...memory.given };
    const leftOut = { ...memory.leftOut };
    const warnings = [];
    for (const warning of fresh) {
        const count = given[warning.kind] ?? 0;
        if (count < MAX_WARNINGS_PER_KIND) {
            warnings.push(warning);
            given[warning.kind] = count + 1;
        }
        else {
            leftOut[warning.kind] = (leftOut[warning.kind] ?? 0) + 1;
        }
    }
    return { warnings, given, leftOut };
}
/**
 * When the next poll starts: every poll-interval, counted from the start of the previous one
 * (right away if that one took longer), and never after the deadline; a change just after a poll
 * read its first page is then seen at most one interval plus one poll later. The poll the loop
 * sleeps until the deadline for is the last, however early its timer fires.
 */
function nextPoll(pollStartedAt, settings) {
    const at = Math.min(pollStartedAt + settings.pollIntervalMs, settings.budget.deadline);
    return { at, last: at >= settings.budget.deadline };
}

;// CONCATENATED MODULE: ./src/poll/loop.ts



async function waitForVerdict(reader, settings, events = {}) {
    const { clock, signal, budget } = settings;
    let memory = settings.first ?? FIRST_POLL;
    let last = false;
    for (;;) {
        const startedAt = clock.now();
        const lastPoll = last || startedAt >= budget.deadline;
        let outcome;
        let calls = 0;
        try {
            const plan = {
                expectedPages: memory.expectedPages,
                ...(memory.pages && { pages: memory.pages }),
                refused: memory.refused,
                lastPoll,
                ...(memory.views && { views: memory.views }),
                ...(memory.viewRefused && { viewRefused: memory.viewRefused }),
                ...(memory.checks && { checks: memory.checks })
            };
            const readings = await (0,time/* untilAborted */.Eu)(reader.read(plan), signal);
            calls = readings.calls;
            outcome = { kind: 'read', readings };
        }
        catch (thrown) {
            if (thrown instanceof errors/* CancelledError */.cc || signal.aborted)
                outcome = { kind: 'cancelled', error: cancelledBy(signal) };
            else if (thrown instanceof errors/* DtsApiError */.Ou)
                outcome = { kind: 'failed', error: thrown };
            else
                throw thrown;
        }
        const result = step(memory, outcome, { startedAt, endedAt: clock.now(), last: lastPoll }, settings);
        memory = result.memory;
        if (result.snapshot)
            events.poll?.(result.snapshot, calls);
        for (const warning of result.warnings)
            events.warning?.(warning);
        if (result.failed)
            events.pollFailed?.(result.failed.error, result.failed.poll);
        if (result.verdict)
            return result.verdict;
        const next = nextPoll(startedAt, settings);
        last = next.last;
        try {
            await clock.sleep(next.at - clock.now(), signal);
        }
        catch {
            const time = { startedAt, endedAt: clock.now(), last };
            return step(memory, { kind: 'cancelled', error: cancelledBy(signal) }, time, settings).verdict;
        }
    }
}
/** The cancellation as the verdict keeps it, with the signal that aborted `signal` (its reason). */
function cancelledBy(signal) {
    const reason = signal.reason;
    return new errors/* CancelledError */.cc(reason === 'SIGINT' || reason === 'SIGTERM' ? reason : undefined);
}

;// CONCATENATED MODULE: external "node:perf_hooks"
const external_node_perf_hooks_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");
;// CONCATENATED MODULE: external "node:v8"
const external_node_v8_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:v8");
;// CONCATENATED MODULE: external "node:vm"
const external_node_vm_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:vm");
;// CONCATENATED MODULE: ./src/heap.ts
/**
 * Keeps V8's heap near what the action holds, so that a run of 100,000 objects stays well under
 * 256 MiB resident on Node 24 as on Node 20. A poll holds its objects (about 18 MB for 100,000)
 * and the previous poll's; almost everything else it makes is garbage soon. Two of V8's
 * heuristics let that garbage take memory all the same:
 *
 * - The young generation doubles whenever the bytes that survived its scavenges since it last
 *   grew exceed its size, up to a ceiling: 32 MiB on Node 20, 128 MiB on Node 24. Any run of
 *   many polls, or one poll of many objects, gets there.
 * - The old generation may grow to several times what was alive after its last full collection
 *   before the next one: each poll's objects outlive two scavenges, and so are promoted there
 *   to die a poll later. Measured, 35 MB alive after a full collection against 130 MB of old
 *   generation before it.
 *
 * An action cannot start Node with `--max-semi-space-size` or `--max-old-space-size`, and V8
 * reads those flags (like `--scavenger-max-new-space-capacity-mb`) only when it sets up the
 * heap: set at run time they change nothing. V8 reads two others each time it uses them, and
 * those are set here: `--heap-growing-percent` (how far the old generation may grow past what
 * survived the last full collection; 100: to twice that) and, once the young generation has
 * reached the cap, `--semi-space-growth-factor=1` (no further growth; back to V8's 2 should V8
 * have shrunk it below). A young generation of 16 MiB measured no dearer in CPU: what survives a
 * scavenge is a poll's objects, promoted however large the young generation is.
 *
 * Measured at 100,000 objects together with the answer parser, against the action with neither
 * (3 runs each; npm run bench -- --base <a commit before both>): peak RSS 202-215 MiB instead of
 * 376-393 on Node 24, 180-189 instead of 200-229 on Node 20.
 *
 * A third heuristic is a floor that no flag set at run time moves: V8 collects the old
 * generation only once it has grown at least 8 MiB plus the young generation's size past what
 * survived the last full collection. A small job promotes little per poll (the HTTP client's
 * and Node's own bookkeeping: a few hundred bytes), so its heap creeps for tens of thousands of
 * polls before V8 collects. So the old generation is looked at every
 * {@link OLD_GENERATION_CHECK_MS}, and once V8 has made no full collection of its own for
 * {@link OLD_GENERATION_QUIET_MS}, collected in full whenever it has grown by more than
 * {@link OLD_GENERATION_SLACK} since the last one. A job of 10,000 objects or more makes V8
 * collect on its own within seconds, so this never collects for it (measured: none in 60 polls
 * of 10,000 objects, nor in 6 of 100,000). Measured on Node 24, a 4-object job polled 20,000
 * times 1 ms apart: the resident set grew 0.69 KiB per poll from poll 10,000 on without it,
 * 0.002 to 0.033 with it (3 runs), with about one full collection every two seconds.
 */



/** The young generation kept: two semi-spaces of 8 MiB (Node 20 allows twice that, Node 24 eight times). */
const YOUNG_GENERATION_CAP = 16 * 1024 * 1024;
/** How far past what survived the last full collection the old generation may grow, in percent. */
const OLD_GENERATION_GROWTH_PERCENT = 100;
/** How often the old generation is looked at. */
const OLD_GENERATION_CHECK_MS = 1_000;
/** How long V8 must have made no full collection of its own before the action makes one. */
const OLD_GENERATION_QUIET_MS = 10_000;
/** Growth of the old generation since its last full collection past which the action makes one. */
const OLD_GENERATION_SLACK = 256 * 1024;
/** V8's own defaults of the two flags. */
const DEFAULT_GROWTH_FACTOR = 2;
const DEFAULT_GROWING_PERCENT = 0;
function space(name) {
    return (0,external_node_v8_namespaceObject.getHeapSpaceStatistics)().find((s) => s.space_name === name);
}
/** A full collection (mark-sweep-compact) that nothing forced. */
function isFullByV8(entry) {
    // A gc entry's `detail` (Node 16 on), which the types of node:perf_hooks do not declare.
    const { detail } = entry;
    const { kind = 0, flags = 0 } = detail ?? {};
    return (kind & external_node_perf_hooks_namespaceObject.constants.NODE_PERFORMANCE_GC_MAJOR) !== 0 && (flags & external_node_perf_hooks_namespaceObject.constants.NODE_PERFORMANCE_GC_FLAGS_FORCED) === 0;
}
let fullCollection;
const v8Heap = {
    youngGenerationSize: () => space('new_space')?.space_size,
    oldGenerationUsed: () => space('old_space')?.space_used_size,
    setFlag: (flag) => (0,external_node_v8_namespaceObject.setFlagsFromString)(flag),
    afterCollections: (check) => {
        const observer = new external_node_perf_hooks_namespaceObject.PerformanceObserver((list) => check(list.getEntries().some(isFullByV8)));
        observer.observe({ entryTypes: ['gc'] });
        return () => observer.disconnect();
    },
    collect: () => {
        // With the flag set at run time V8 gives `gc` to contexts made after it, not to ours: the
        // function comes from a new context, and no global of the action's changes.
        if (!fullCollection) {
            (0,external_node_v8_namespaceObject.setFlagsFromString)('--expose-gc');
            fullCollection = (0,external_node_vm_namespaceObject.runInNewContext)('gc');
        }
        fullCollection();
    },
    every: (ms, tick) => {
        const timer = setInterval(tick, ms);
        timer.unref();
        return () => clearInterval(timer);
    }
};
/**
 * The check of the old generation: a full collection when V8 has made none of its own for
 * `quietChecks` checks and the old generation has grown by more than `slack` past where the
 * last full collection left it. A job whose polls promote megabytes makes V8 collect on its own
 * every few seconds, and is left to it.
 */
function oldGenerationCheck(heap, slack, quietChecks) {
    /** The old generation's use when the last full collection was seen (at the check after it, for V8's own). */
    let afterLast;
    let fullByV8 = false;
    /** Checks since V8's last full collection of its own. */
    let quiet = 0;
    return {
        sawFullByV8: () => (fullByV8 = true),
        tick: () => {
            const used = heap.oldGenerationUsed();
            if (used === undefined)
                return;
            quiet = fullByV8 ? 0 : quiet + 1;
            fullByV8 = false;
            if (afterLast === undefined || quiet === 0)
                afterLast = used;
            else if (quiet >= quietChecks && used - afterLast > slack) {
                heap.collect();
                afterLast = heap.oldGenerationUsed();
            }
        }
    };
}
/**
 * Holds the young generation at `youngCap` bytes, the old generation's growth at
 * {@link OLD_GENERATION_GROWTH_PERCENT} and its garbage under {@link OLD_GENERATION_SLACK} from
 * now on; returns how to stop (V8's defaults back).
 */
function limitHeapGrowth(youngCap = YOUNG_GENERATION_CAP, heap = v8Heap) {
    heap.setFlag(`--heap-growing-percent=${OLD_GENERATION_GROWTH_PERCENT}`);
    let factor = DEFAULT_GROWTH_FACTOR;
    const check = () => {
        const size = heap.youngGenerationSize();
        if (size === undefined)
            return;
        const wanted = size >= youngCap ? 1 : DEFAULT_GROWTH_FACTOR;
        if (wanted !== factor) {
            heap.setFlag(`--semi-space-growth-factor=${wanted}`);
            factor = wanted;
        }
    };
    check();
    const old = oldGenerationCheck(heap, OLD_GENERATION_SLACK, Math.ceil(OLD_GENERATION_QUIET_MS / OLD_GENERATION_CHECK_MS));
    const stop = heap.afterCollections((fullByV8) => {
        check();
        if (fullByV8)
            old.sawFullByV8();
    });
    const stopChecks = heap.every(OLD_GENERATION_CHECK_MS, old.tick);
    return () => {
        stop();
        stopChecks();
        if (factor !== DEFAULT_GROWTH_FACTOR)
            heap.setFlag(`--semi-space-growth-factor=${DEFAULT_GROWTH_FACTOR}`);
        heap.setFlag(`--heap-growing-percent=${DEFAULT_GROWING_PERCENT}`);
    };
}

;// CONCATENATED MODULE: ./src/report/reporter.ts

/** All of `reporters` as one, each call guarded; `warn` hears of a reporter's own failure. */
function allOf(reporters, warn) {
    const guard = (reporter, thrown) => {
        const why = (0,safe/* safeLine */.om)(thrown instanceof Error ? thrown.message : String(thrown), 500);
        try {
            warn(`Could not write the ${reporter.name}: ${why}`);
        }
        catch {
            // The warning channel itself failed: nothing is left to tell.
        }
    };
    const each = (moment) => (...args) => {
        for (const reporter of reporters) {
            try {
                reporter[moment]?.(...args);
            }
            catch (thrown) {
                guard(reporter, thrown);
            }
        }
    };
    return {
        started: each('started'),
        resolved: each('resolved'),
        signal: each('signal'),
        retry: each('retry'),
        poll: each('poll'),
        warning: each('warning'),
        pollFailed: each('pollFailed'),
        end: async (verdict, context) => {
            for (const reporter of reporters) {
                try {
                    await reporter.end?.(verdict, context);
                }
                catch (thrown) {
                    guard(reporter, thrown);
                }
            }
        }
    };
}

;// CONCATENATED MODULE: ./src/run.ts














/** Listens for SIGINT (then SIGTERM, 7.5 s later on a runner) for the length of the run. */
function cancellation(onSignal) {
    const controller = new AbortController();
    const handler = (name) => () => {
        if (!controller.signal.aborted)
            onSignal(name);
        controller.abort(name);
    };
    const handlers = { SIGINT: handler('SIGINT'), SIGTERM: handler('SIGTERM') };
    process.on('SIGINT', handlers.SIGINT);
    process.on('SIGTERM', handlers.SIGTERM);
    return {
        signal: controller.signal,
        dispose: () => {
            process.off('SIGINT', handlers.SIGINT);
            process.off('SIGTERM', handlers.SIGTERM);
        }
    };
}
/** Credentials, client, the look-up of the jobs, reader and the poll loop: everything that talks to Alibaba Cloud. */
async function wait(inputs, door, startedAt, signal, report) {
    const { clock } = door;
    // The OIDC exchange can take up to request-timeout per call: a cancellation does not wait for it.
    const credentials = await (0,time/* untilAborted */.Eu)(resolveCredentials(inputs, door.env, door.credentialDeps), signal);
    report.started({ inputs, credentials: credentials.source });
    const budget = (0,time/* budgetOf */.nT)(startedAt, inputs);
    const { endpoint, region, requestTimeoutMs } = inputs;
    const client = new DtsClient({ endpoint, region, credentials, requestTimeoutMs, budget, clock });
    const ignored = ignoreMatcher(inputs.ignore);
    // One caller for the look-up and the polls: the same cap on calls in flight, retries and deadline.
    const calls = caller(client, { budget, clock, signal, onRetry: report.retry });
    try {
        // Before the first poll: which task each job-id is (the lists want the instance ID).
        const lookedUp = await (0,time/* untilAborted */.Eu)(lookUpJobs(calls, inputs.jobIds), signal);
        report.resolved(lookedUp.identities, lookedUp.refused);
        // data-check: true on a job whose verification can never be read is refused before any poll.
        const problem = inputs.dataCheck === 'required' ? (0,checkRules/* requiredCheckProblem */.XA)(lookedUp.identities, lookedUp.refused) : undefined;
        if (problem)
            throw new errors/* InputError */.dz('data-check', problem);
        const reader = pollReader(client, {
            jobIds: inputs.jobIds,
            jobs: lookedUp.identities,
            pageSize: inputs.pageSize,
            jobStatus: inputs.jobStatus,
            dataCheck: inputs.dataCheck,
            budget,
            clock,
            ignored,
            signal,
            caller: calls
        });
        return await waitForVerdict(reader, {
            jobIds: inputs.jobIds,
            ignored,
            failFast: inputs.failFast,
            failOnTimeout: inputs.failOnTimeout,
            ...(inputs.maxDelayMs !== undefined && { maxDelayMs: inputs.maxDelayMs }),
            pollIntervalMs: inputs.pollIntervalMs,
            budget,
            clock,
            signal,
            identities: lookedUp.identities,
            dataCheck: inputs.dataCheck,
            first: firstPoll(lookedUp)
        }, report);
    }
    finally {
        calls.stop();
        client.close();
    }
}
/** Runs the gate behind `door` and returns the exit code. */
async function run(door) {
    const startedAt = door.clock.now();
    // A poll of many objects makes mostly garbage: V8's heap is kept near what the run holds.
    const releaseHeap = limitHeapGrowth();
    let report = allOf(door.reporters(undefined), door.warn);
    const { signal, dispose } = cancellation((name) => report.signal(name));
    let inputs;
    let verdict;
    try {
        inputs = door.inputs();
        report = allOf(door.reporters(inputs), door.warn);
        verdict = await wait(inputs, door, startedAt, signal, report);
    }
    catch (thrown) {
        const error = signal.aborted ? cancelledBy(signal) : (0,errors/* asRunError */.S)(thrown);
        verdict = errorVerdict(error, { polls: 0, elapsedMs: door.clock.now() - startedAt });
    }
    const context = { inputs, startedAt, reportFile: '' };
    await report.end(verdict, context);
    dispose();
    releaseHeap();
    return door.exitCode(verdict);
}


/***/ }),

/***/ 2966:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   OO: () => (/* binding */ safeQuoted),
/* harmony export */   fH: () => (/* binding */ safeMarkdown),
/* harmony export */   om: () => (/* binding */ safeLine)
/* harmony export */ });
/* unused harmony export codePointName */
/* harmony import */ var _secrets_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9690);
/**
 * Safe text: what a string from outside the action (a name, type, status or message from the
 * source database, a code or request id from the endpoint, a comment read back from the pull
 * request) becomes before a person sees it. Pure functions, no I/O, linear in the input.
 *
 * Three forms, one set of rules:
 *
 * - {@link safeLine}: one line of plain text, for the log, annotations and the step's failure
 *   message. The runner reads a log line as a workflow command when it starts with `::` (after
 *   white space) or holds `##[` anywhere, and it splits lines on `\r` as well as `\n`.
 * - {@link safeQuoted}: a value in double quotes for an error message (an input value): like
 *   safeLine, but white space is kept as it was and line breaks are shown, since there they are
 *   often the very mistake.
 * - {@link safeMarkdown}: inline GitHub-flavoured markdown, for the job summary and the pull-request
 *   comment: a table cell, a list item or a paragraph of its own.
 *
 * The rules, code point by code point:
 *
 * - White space (Unicode White_Space: tab, the line breaks CR, LF, VT, FF, NEL, U+2028, U+2029,
 *   and the spaces such as U+00A0 and U+3000): in a line, each run becomes one space and the
 *   ends are trimmed (a message reads as one line; differences in white space alone are not
 *   shown). In a quoted value, U+0020 is kept and every other one is shown.
 * - Shown as `<U+XXXX>` instead of the character itself, so that a person sees that two names
 *   differ and nothing can move the cursor, colour the terminal, reorder the text or hide part
 *   of it: controls (Cc: C0, DEL, C1 and with them every ESC sequence), format characters (Cf:
 *   the bidi controls U+061C, U+200E, U+200F, U+202A-U+202E, U+2066-U+2069, the zero-width
 *   U+200B-U+200D, U+2060-U+2064, U+FEFF, the soft hyphen U+00AD, the tag characters
 *   U+E0001-U+E007F, ...), every other default-ignorable code point (variation selectors,
 *   U+034F, the Hangul fillers U+115F, U+1160, U+3164, U+FFA0, ...), the blank Braille pattern
 *   U+2800, private-use (Co) and unassigned (Cn, noncharacters included) code points, and lone
 *   surrogates. Joiners and variation selectors are shown even inside an emoji sequence: we
 *   would rather show a hidden character than draw a pretty one. Which code points are
 *   unassigned follows the Unicode version of the JavaScript engine.
 * - Everything else is *printable* and kept, in order (in markdown, escaped as below).
 * - A line never starts with `::` (a space goes between the two colons: `: :`), and no `#` is
 *   directly followed by `[` (a space goes between: `# [`), so no `##[` can form, nor can one
 *   form when the caller writes `#` before the text.
 * - Markdown, on top: `& < > "` become entities (no HTML tag, entity or attribute can open);
 *   `\ | ` * _ ~ [ ] $` get a backslash (no table cell ends, no code span, emphasis,
 *   strikethrough, link, image or math opens); a leading `# - + =` or the `.`/`)` after leading
 *   digits gets a backslash (no heading, list or rule starts). GitHub finds mentions, issue
 *   references, autolinks and emoji codes in the text of the rendered HTML, after markdown's own
 *   escapes are gone (so `\@` and `&#64;` do not help); an empty HTML comment `<!-- -->` splits
 *   that text without showing anything, and goes after every `@` (`@name`, `@org/team`, e-mail
 *   addresses), every `#` (`#123`, `owner/repo#123`), the `-` of a `GH-` that starts a word,
 *   before the `/` of `://` and the `.` of `www.` (no autolink, no link to an issue), and before
 *   the closing colon of `:name:` (no emoji). The name stays readable: `@octocat` still reads
 *   `@octocat`.
 * - Length: the result is at most `maxChars` UTF-16 code units (as `String.length` counts). When
 *   the text does not fit it is cut and ends with `…`; a cut never falls inside a surrogate pair,
 *   a `<U+XXXX>`, an entity, a backslash escape or a comment.
 * - Secrets given in `secrets` are replaced by `***` first, in every form (see secrets.ts).
 *
 * The report file is JSON and keeps the raw values: JSON escaping is all it needs.
 */

const ELLIPSIS = '…';
/** Splits the text GitHub scans for mentions, references, autolinks and emoji codes. */
const SPLIT = '<!-- -->';
/**
 * One line of plain text for the log, an annotation or a failure message: white space folded,
 * invisible and control characters shown, no workflow command, at most `maxChars` long.
 */
function safeLine(text, maxChars, options = {}) {
    return render(text, maxChars, options, LINE);
}
/**
 * `"value"` for an error message about an input: white space kept, line breaks and every other
 * invisible character shown, `"` and `\` escaped with a backslash, at most `maxChars` long with
 * the quotes.
 */
function safeQuoted(text, maxChars, options = {}) {
    return render(text, maxChars, options, QUOTED);
}
/**
 * Inline markdown for the job summary or the pull-request comment: everything {@link safeLine}
 * guarantees, and no HTML, no markdown syntax, no table break, no mention, issue reference,
 * autolink or emoji code; at most `maxChars` long.
 */
function safeMarkdown(text, maxChars, options = {}) {
    return render(text, maxChars, options, MARKDOWN);
}
/** `<U+200B>`: how a code point that is not shown as itself is written. */
function codePointName(codePoint) {
    return `<U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}>`;
}
const LINE = { keepBlanks: false, markdown: false, quoted: false };
const QUOTED = { keepBlanks: true, markdown: false, quoted: true };
const MARKDOWN = { keepBlanks: false, markdown: true, quoted: false };
/** How a code point is treated: kept (printable), folded as white space, or shown. */
const PRINTABLE = 0;
const BLANK_KIND = 1;
const SHOWN_KIND = 2;
const BLANK = /^\p{White_Space}$/u;
const SHOWN = /^[\p{Cc}\p{Cf}\p{Co}\p{Cn}\p{Default_Ignorable_Code_Point}\u2800]$/u;
/** Kinds of the first 256 code points, computed once: most text is ASCII. */
const LATIN1 = Array.from({ length: 256 }, (_, cp) => classify(String.fromCharCode(cp)));
function classify(ch) {
    const code = ch.charCodeAt(0);
    if (ch.length === 1 && code >= 0xd800 && code <= 0xdfff)
        return SHOWN_KIND; // a lone surrogate
    if (BLANK.test(ch))
        return BLANK_KIND;
    return SHOWN.test(ch) ? SHOWN_KIND : PRINTABLE;
}
function kindOf(ch) {
    const code = ch.charCodeAt(0);
    return code < 256 ? LATIN1[code] : classify(ch);
}
/** Markdown escapes of single printable characters; all others stand for themselves. */
const MARKDOWN_ESCAPES = new Map([
    ['&', '&amp;'],
    ['<', '&lt;'],
    ['>', '&gt;'],
    ['"', '&quot;'],
    ['\\', '\\\\'],
    ['|', '\\|'],
    ['`', '\\`'],
    ['*', '\\*'],
    ['_', '\\_'],
    ['~', '\\~'],
    ['[', '\\['],
    [']', '\\]'],
    ['$', '\\$'],
    ['@', '@' + SPLIT],
    ['#', '#' + SPLIT]
]);
/** At the start of a markdown line these open a heading, a list or a rule. */
const LINE_OPENERS = new Set(['#', '-', '+', '=']);
/** Characters of an emoji code such as `:white_check_mark:` or `:+1:`. */
const EMOJI_NAME = /^[A-Za-z0-9_+-]$/;
/**
 * The output, piece by piece. A piece (a character with its escape, or a `<U+XXXX>`) is kept
 * whole or not at all; `cut` remembers the last length at which the ellipsis still fits.
 */
class Output {
    limit;
    text = '';
    cut = 0;
    full = false;
    constructor(limit) {
        this.limit = limit;
    }
    /** Appends `piece` and returns true, or returns false (and stays full) when it does not fit. */
    push(piece) {
        if (this.full)
            return false;
        if (this.text.length + piece.length > this.limit) {
            this.full = true;
            return false;
        }
        this.text += piece;
        if (this.text.length < this.limit)
            this.cut = this.text.length;
        return true;
    }
    /** The text, cut with `…` when something did not fit; `closing` (a quote) is added after. */
    finish(closing = '') {
        if (!this.full)
            return this.text + closing;
        return this.text.slice(0, this.cut).trimEnd() + ELLIPSIS + closing;
    }
}
function render(input, maxChars, options, form) {
    const limit = Number.isNaN(maxChars) ? 0 : Math.floor(maxChars);
    const text = options.secrets && options.secrets.length > 0 ? (0,_secrets_js__WEBPACK_IMPORTED_MODULE_0__/* .redact */ .E)(String(input), options.secrets) : String(input);
    if (form.quoted) {
        if (limit < 3)
            return '';
        // The opening quote is written here; the closing one is kept room for.
        const out = new Output(limit - 1);
        out.push('"');
        return walk(text, out, form).finish('"');
    }
    if (limit <= 0)
        return '';
    const fast = form.markdown ? plainAsciiMarkdown(text) : plainAsciiLine(text);
    if (fast !== undefined && fast.length <= limit)
        return fast;
    return walk(text, new Output(limit), form).finish();
}
// The common case, names such as `table_000123`, without the walk: printable ASCII that no rule
// but a one-character escape applies to. The walk gives the same result, only slower.
const ASCII = /^[ -~]*$/;
const MARKDOWN_CONTEXT = /[:#@]|^[-+=]|^\d+[.)]|www\.|gh-/i;
const MARKDOWN_SINGLE = /[&<>"\\|`*_~[\]$]/g;
/** Printable ASCII, single spaces, none at either end. */
function isPlainAscii(text) {
    return ASCII.test(text) && !text.startsWith(' ') && !text.endsWith(' ') && !text.includes('  ');
}
function plainAsciiLine(text) {
    return isPlainAscii(text) && !text.startsWith('::') && !text.includes('#[') ? text : undefined;
}
function plainAsciiMarkdown(text) {
    if (!isPlainAscii(text) || MARKDOWN_CONTEXT.test(text))
        return undefined;
    return text.replace(MARKDOWN_SINGLE, (c) => MARKDOWN_ESCAPES.get(c) ?? c);
}
function walk(text, out, form) {
    /** A folded run of white space waits here until something printable follows it. */
    let pendingSpace = false;
    // What the rules look back at: the last three characters written (lower-case ASCII letters for
    // `gh-` and `www.`), whether an emoji code is open, whether only digits were written. All of it
    // is forgotten at a space or a shown code point, which already separate the text around them.
    const context = { last: '', second: '', third: '', emojiName: -1, onlyDigits: true };
    const forget = () => {
        context.last = context.second = context.third = '';
        context.emojiName = -1;
    };
    for (const ch of text) {
        const kind = kindOf(ch);
        if (kind === BLANK_KIND && !form.keepBlanks) {
            pendingSpace = out.text.length > 0;
            if (pendingSpace)
                context.onlyDigits = false; // `1 .` opens no list: only `1.` does
            continue;
        }
        if (kind !== PRINTABLE) {
            const name = codePointName(ch.codePointAt(0) ?? 0);
            const piece = kind === BLANK_KIND && ch === ' ' ? ' ' : form.markdown ? `&lt;${name.slice(1, -1)}&gt;` : name;
            if (!out.push(pendingSpace ? ' ' + piece : piece))
                break;
            pendingSpace = false;
            forget();
            context.onlyDigits = false;
            continue;
        }
        // Never `::` at the start of the line, never `#[`: a space goes between.
        const separate = pendingSpace || (ch === ':' && out.text === ':') || (ch === '[' && context.last === '#');
        if (separate)
            forget();
        const piece = form.markdown ? markdownPiece(ch, out.text.length === 0, context) : plainPiece(ch, form);
        if (!out.push(separate ? ' ' + piece : piece))
            break;
        pendingSpace = false;
        context.third = context.second;
        context.second = context.last;
        context.last = ch >= 'A' && ch <= 'Z' ? ch.toLowerCase() : ch;
        if (form.markdown) {
            context.emojiName = ch === ':' ? 0 : context.emojiName >= 0 && EMOJI_NAME.test(ch) ? context.emojiName + 1 : -1;
            context.onlyDigits = context.onlyDigits && ch >= '0' && ch <= '9';
        }
    }
    return out;
}
function plainPiece(ch, form) {
    return form.quoted && (ch === '"' || ch === '\\') ? '\\' + ch : ch;
}
const WORD = /^[a-z0-9_]$/;
function markdownPiece(ch, atStart, context) {
    const { last, second, third } = context;
    if (atStart && LINE_OPENERS.has(ch))
        return '\\' + (MARKDOWN_ESCAPES.get(ch) ?? ch);
    if ((ch === '.' || ch === ')') && context.onlyDigits && !atStart)
        return '\\' + ch;
    // `GH-` at the start of a word, `://`, `www.`, the end of `:name:`.
    if (ch === '-' && last === 'h' && second === 'g' && !WORD.test(third))
        return '-' + SPLIT;
    if (ch === '/' && last === ':')
        return SPLIT + '/';
    if (ch === '.' && last === 'w' && second === 'w' && third === 'w')
        return SPLIT + '.';
    if (ch === ':' && context.emojiName > 0)
        return SPLIT + ':';
    return MARKDOWN_ESCAPES.get(ch) ?? ch;
}


/***/ }),

/***/ 9690:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ redact)
/* harmony export */ });
/* unused harmony export secretForms */
/**
 * Secrets in text: every form in which a secret can appear (raw, URL-encoded once or twice, as a
 * signed Alibaba Cloud request encodes it, JSON-escaped), and text with all of them removed.
 */
/** The length of the text that stands for a secret. */
const REDACTED = '***';
/** Secrets shorter than this are not looked for: replacing them would shred ordinary text. */
const MIN_SECRET_CHARS = 4;
/** encodeURIComponent plus `! ' ( ) *`, as signed Alibaba Cloud requests encode their values. */
function rpcEncode(value) {
    return encodeURIComponent(value).replace(/[!'()*]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase());
}
/**
 * The forms in which `secret` can appear in text: as is, URL-encoded (a query string or form
 * body), encoded twice (a string to sign repeats the encoded query, encoded again) and
 * JSON-escaped; no duplicates. The runner's masking needs them too.
 */
function secretForms(secret) {
    const forms = new Set([secret]);
    for (const once of [encodeURIComponent(secret), rpcEncode(secret)]) {
        forms.add(once);
        forms.add(encodeURIComponent(once));
    }
    forms.add(JSON.stringify(secret).slice(1, -1));
    return [...forms];
}
/**
 * `text` with every secret (of at least {@link MIN_SECRET_CHARS} characters), in each of its
 * {@link secretForms}, replaced by `***`; the longest forms first, so that no part of a longer
 * one is left.
 */
function redact(text, secrets) {
    const forms = new Set();
    for (const secret of secrets) {
        if (typeof secret === 'string' && secret.length >= MIN_SECRET_CHARS)
            for (const form of secretForms(secret))
                forms.add(form);
    }
    let out = text;
    for (const form of [...forms].sort((a, b) => b.length - a.length)) {
        if (out.includes(form))
            out = out.split(form).join(REDACTED);
    }
    return out;
}


/***/ }),

/***/ 9834:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Eu: () => (/* binding */ untilAborted),
/* harmony export */   ml: () => (/* binding */ systemClock),
/* harmony export */   nT: () => (/* binding */ budgetOf)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3916);
/**
 * Time, from one place: the clock every rule of time reads (the deadline, the backoff, the copy
 * rate, the last poll) and sleeps on, and the budget of a run computed once from its inputs.
 * Only the front doors hold the real clock; everything below them is given one, so that tests
 * run the rules on a clock of their own.
 */

/** Waits `ms` on the real timers, or rejects with CancelledError as soon as `signal` aborts (and stops the timer). */
function sleep(ms, signal) {
    if (signal?.aborted)
        return Promise.reject(new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .CancelledError */ .cc());
    return new Promise((resolve, reject) => {
        const onAbort = () => {
            clearTimeout(timer);
            reject(new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .CancelledError */ .cc());
        };
        const timer = setTimeout(() => {
            signal?.removeEventListener('abort', onAbort);
            resolve();
        }, Math.max(0, ms));
        signal?.addEventListener('abort', onAbort, { once: true });
    });
}
/** The real clock. */
const systemClock = { now: () => Date.now(), sleep };
function budgetOf(startedAt, limits) {
    const deadline = startedAt + limits.timeoutMs;
    return { startedAt, deadline, stopAt: deadline + limits.requestTimeoutMs };
}
/**
 * Settles with `work`, or rejects with CancelledError when `signal` aborts first. pop-core calls
 * cannot be aborted, so cancellation stops waiting on them rather than stopping them.
 */
function untilAborted(work, signal) {
    if (!signal)
        return work;
    if (signal.aborted)
        return Promise.reject(new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .CancelledError */ .cc());
    return new Promise((resolve, reject) => {
        const onAbort = () => reject(new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .CancelledError */ .cc());
        signal.addEventListener('abort', onAbort, { once: true });
        work.then((value) => {
            signal.removeEventListener('abort', onAbort);
            resolve(value);
        }, (error) => {
            signal.removeEventListener('abort', onAbort);
            reject(error);
        });
    });
}


/***/ }),

/***/ 286:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* unused harmony exports isHttpxUrlParse, dropHttpxUrlParseWarning */
/**
 * Node 24 deprecates `url.parse()` at run time (DEP0169): the first call from code outside
 * node_modules prints "`url.parse()` behavior is not standardized and prone to errors that have
 * security implications" on stderr. httpx 2.x, through which @alicloud/pop-core 1.8.0 (the
 * latest) sends every request, calls it for each URL; the bundle inlines httpx into
 * dist/index.js, so Node no longer sees a dependency there and every run of the action printed
 * the warning. Users read it as a security problem of the action. No httpx 2.x avoids the call,
 * and an action cannot start Node with --disable-warning. So exactly that warning is dropped, and
 * only when the stack at its emission shows where it comes from: `url.parse()` called by httpx's
 * `request()`, called by pop-core's `RPCClient.request()`. Every other warning, DEP0169 from any
 * other caller included, is emitted as before.
 *
 * Importing this module installs the filter: the entries import it first, and ES modules run in
 * the order they are imported, so that it is in place before any other module of the gate or of
 * its libraries runs.
 */
const HTTPX_FILE = /[\\/]node_modules[\\/]httpx[\\/]lib[\\/]index\.js$/;
const POP_CORE_RPC_FILE = /[\\/]node_modules[\\/]@alicloud[\\/]pop-core[\\/]lib[\\/]rpc\.js$/;
/**
 * Whether a DEP0169 warning emitted below `frames` (innermost first: the caller of
 * `process.emitWarning` comes first) is the one httpx causes. `bundle` is the file this module
 * is in: when the action is bundled, httpx and pop-core are in that same file.
 */
function isHttpxUrlParse(frames, bundle) {
    const [parse, request, client] = frames;
    const inPackage = (frame, file) => frame.file !== undefined && (file.test(frame.file) || (bundle !== undefined && frame.file === bundle));
    return (parse?.file === 'node:url' &&
        request !== undefined &&
        /(^|\.)exports\.request$/.test(request.functionName ?? '') &&
        inPackage(request, HTTPX_FILE) &&
        client !== undefined &&
        client.typeName === 'RPCClient' &&
        client.functionName === 'request' &&
        inPackage(client, POP_CORE_RPC_FILE));
}
/** The frames of the current stack above `above` (or from the caller of this function). */
function frames(above) {
    const prepare = Error.prepareStackTrace;
    const limit = Error.stackTraceLimit;
    try {
        Error.stackTraceLimit = 3;
        Error.prepareStackTrace = (_error, sites) => sites.map((site) => ({ file: site.getFileName() ?? undefined, functionName: site.getFunctionName(), typeName: site.getTypeName() }));
        const holder = {};
        Error.captureStackTrace(holder, above ?? frames);
        return holder.stack ?? [];
    }
    finally {
        Error.prepareStackTrace = prepare;
        Error.stackTraceLimit = limit;
    }
}
/** The `code` of a warning, from any of the argument forms `process.emitWarning` takes. */
function codeOf(args) {
    const [warning, typeOrOptions, code] = args;
    if (typeof typeOrOptions === 'object' && typeOrOptions !== null)
        return typeOrOptions.code;
    if (code !== undefined)
        return code;
    return warning instanceof Error ? warning.code : undefined;
}
/** Makes `target.emitWarning` drop the DEP0169 warning that httpx causes, and only that one. */
function dropHttpxUrlParseWarning(target = process) {
    const emit = target.emitWarning;
    const bundle = frames()[0]?.file;
    function emitWarning(...args) {
        if (codeOf(args) === 'DEP0169' && isHttpxUrlParse(frames(emitWarning), bundle))
            return;
        Reflect.apply(emit, this, args);
    }
    target.emitWarning = emitWarning;
}
dropHttpxUrlParseWarning();


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 6982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 2018:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tty");

/***/ }),

/***/ 7016:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 3106:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("zlib");

/***/ }),

/***/ 2333:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"name":"@alicloud/pop-core","version":"1.8.0","description":"AliCloud POP SDK core","main":"index.js","types":"lib/rpc.d.ts","scripts":{"lint":"eslint --fix lib test","test":"mocha -R spec test/*.test.js","test-cov":"nyc -r=html -r=text -r=lcov mocha -t 3000 -R spec test/*.test.js","test-integration":"mocha -R spec test/*.integration.js","ci":"npm run lint && npm run test-cov"},"keywords":["Aliyun","AliCloud","OpenAPI","POP","SDK","Core"],"author":"Jackson Tian","license":"MIT","dependencies":{"debug":"^3.1.0","httpx":"^2.1.2","json-bigint":"^1.0.0","kitx":"^1.2.1","xml2js":"^0.5.0"},"files":["lib","index.js"],"devDependencies":{"eslint":"^6.6.0","expect.js":"^0.3.1","mocha":"^4","muk":"^0.5.3","nyc":"^12.0.2","rewire":"^4.0.1"},"directories":{"test":"test"},"engines":{"node":">=8.0.0"},"repository":{"type":"git","url":"git+https://github.com/aliyun/openapi-core-nodejs-sdk.git"},"bugs":{"url":"https://github.com/aliyun/openapi-core-nodejs-sdk/issues"},"homepage":"https://github.com/aliyun/openapi-core-nodejs-sdk#readme"}');

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(5581);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
