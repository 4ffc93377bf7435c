package uncheckederr

import (
	"log"

	stripe "github.com/stripe/stripe-go/v72"
	"github.com/stripe/stripe-go/v72/customer"
	"github.com/stripe/stripe-go/v72/product"
)

func errInsideLoop(p *stripe.ProductListParams) int {
	n := 0
	it := product.List(p)
	for it.Next() { // want `error of product.List is checked only inside the loop \(it is nil while Next returns true: call it.Err\(\) after the loop\)`
		if it.Err() != nil {
			break
		}
		n++
	}
	return n
}

func firstPage(p *stripe.ProductListParams) []*stripe.Product {
	return product.List(p).ProductList().Data // want `error of product.List is not checked \(ProductList reads the first page even when the request failed: keep the list and check its Err\(\)\)`
}

func firstPageMeta(p *stripe.CustomerListParams) bool {
	it := customer.List(p)
	return it.Meta().HasMore // want `error of customer.List is not checked \(it.Meta reads the first page even when the request failed: check it.Err\(\) first\)`
}

func firstPageSearch(p *stripe.ProductSearchParams) int {
	it := product.Search(p)
	return len(it.ProductSearchResult().Data) // want `error of product.Search is not checked \(it.ProductSearchResult reads the first page even when the request failed: check it.Err\(\) first\)`
}

func findOne(p *stripe.CustomerListParams) *stripe.Customer {
	it := customer.List(p)
	if !it.Next() { // want `error of customer.List is not checked \(a failed request reads as an empty list: check it.Err\(\)\)`
		return nil
	}
	return it.Customer()
}

func loggedAfterLoop(p *stripe.CustomerListParams) []string {
	var ids []string
	it := customer.List(p)
	for it.Next() {
		ids = append(ids, it.Customer().ID)
	}
	if err := it.Err(); err != nil { // want `error of customer.List is read after the loop and dropped \(return it, or record it\)`
		log.Println(err)
	}
	return ids
}

// --- Silent. ---

func firstPageChecked(p *stripe.ProductListParams) ([]*stripe.Product, error) {
	it := product.List(p)
	if err := it.Err(); err != nil {
		return nil, err
	}
	return it.ProductList().Data, nil
}

func findOneChecked(p *stripe.CustomerListParams) (*stripe.Customer, error) {
	it := customer.List(p)
	if !it.Next() {
		return nil, it.Err()
	}
	return it.Customer(), nil
}

func returnedAfterLoop(p *stripe.CustomerListParams) ([]string, error) {
	var ids []string
	it := customer.List(p)
	for it.Next() {
		ids = append(ids, it.Customer().ID)
	}
	if err := it.Err(); err != nil {
		return nil, err
	}
	return ids, nil
}
