export const id = 784;
export const ids = [784];
export const modules = {

/***/ 4784:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   idTokenSource: () => (/* binding */ idTokenSource)
/* harmony export */ });
/** No answer from the token service within this: GitHub's answers in well under a second. */
const TIMEOUT_MS = 30_000;
/** The source of the ID token in `env`. */
function idTokenSource(env, fetchImpl = fetch) {
    return async (audience) => {
        const url = new URL(env.ACTIONS_ID_TOKEN_REQUEST_URL ?? '');
        url.searchParams.set('audience', audience);
        const answer = await fetchImpl(url, {
            headers: { Authorization: `Bearer ${env.ACTIONS_ID_TOKEN_REQUEST_TOKEN ?? ''}`, Accept: 'application/json' },
            signal: AbortSignal.timeout(TIMEOUT_MS)
        });
        if (!answer.ok)
            throw new Error(`the token service answered HTTP ${answer.status}`);
        const body = (await answer.json().catch(() => undefined));
        if (typeof body?.value !== 'string')
            throw new Error('the token service answered without a token');
        return body.value;
    };
}


/***/ })

};
